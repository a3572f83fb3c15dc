import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeForSearch } from '@hamkar/common';
import type { Locale } from '@hamkar/identity';
import { Category } from './category.entity';

export const categoryView = (c: Category, locale: Locale) => ({
  code: c.code,
  name: (locale === 'fa' ? c.nameFa : locale === 'az' ? c.nameAz : null) ?? c.nameEn,
  names: { en: c.nameEn, fa: c.nameFa, az: c.nameAz },
  parentCode: c.parentCode,
  level: c.level,
});

@Injectable()
export class CategoriesService {
  constructor(private readonly dataSource: DataSource) {}

  /** By code prefix or by name in any language (folded like message search); chapters and headings first. */
  async search(locale: Locale, q: { q?: string; parentCode?: string; limit: number }) {
    const query = this.dataSource.getRepository(Category).createQueryBuilder('c').take(q.limit);
    const text = q.q ? normalizeForSearch(q.q) : '';
    if (q.parentCode) query.andWhere('c.parent_code = :parent', { parent: q.parentCode });
    if (!q.q && !q.parentCode) query.andWhere('c.level = 2');
    if (text) {
      if (/^\d+$/.test(text)) query.andWhere('c.code LIKE :prefix', { prefix: `${text}%` });
      else query.andWhere(`c.search LIKE '%' || :text || '%'`, { text: text.replace(/[\\%_]/g, (m) => `\\${m}`) });
    }
    query.orderBy('c.level', 'ASC').addOrderBy('c.code', 'ASC');
    const rows = await query.getMany();
    return { items: rows.map((c) => categoryView(c, locale)), nextCursor: null };
  }

  /** The codes of `codes` that are not in the tree. */
  async unknown(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found: Array<{ code: string }> = await this.dataSource.query(`SELECT code FROM categories WHERE code = ANY($1)`, [codes]);
    const known = new Set(found.map((f) => f.code));
    return codes.filter((c) => !known.has(c));
  }
}
