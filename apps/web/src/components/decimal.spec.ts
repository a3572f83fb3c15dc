/// <reference types="jest" />
import { parseDecimal } from './decimal';

describe('numbers as people type them', () => {
  it('reads Persian and Arabic-Indic digits and the Persian decimal sign as an ASCII decimal', () => {
    expect(parseDecimal('۳۰۰')).toEqual({ value: '300' });
    expect(parseDecimal('٣٠٠٫٥')).toEqual({ value: '300.5' });
    expect(parseDecimal('۱۲٫۵')).toEqual({ value: '12.5' });
  });

  it('reads a comma as the decimal sign in Azerbaijani and as a group sign in English', () => {
    expect(parseDecimal('1980,50', { locale: 'az' })).toEqual({ value: '1980.50' });
    expect(parseDecimal('1,980', { locale: 'en' })).toEqual({ value: '1980' });
  });

  it('ignores the spaces and group signs of a copied amount', () => {
    expect(parseDecimal('79 200', { locale: 'az' })).toEqual({ value: '79200' });
    expect(parseDecimal('۷۹٬۲۰۰')).toEqual({ value: '79200' });
  });

  it('says why text is not the number asked for', () => {
    expect(parseDecimal('')).toEqual({ problem: 'required' });
    expect(parseDecimal('12a')).toEqual({ problem: 'invalid' });
    expect(parseDecimal('1.2.3')).toEqual({ problem: 'invalid' });
    expect(parseDecimal('۱۲٫۵', { integer: true })).toEqual({ problem: 'integer' });
    expect(parseDecimal('-3')).toEqual({ problem: 'negative' });
  });

  it('accepts coordinates below zero, with either minus sign', () => {
    expect(parseDecimal('−۳۶٫۶۷', { signed: true })).toEqual({ value: '-36.67' });
  });
});
