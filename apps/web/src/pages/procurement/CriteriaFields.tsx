import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../components/DecimalInput';
import { CRITERIA, type Criterion } from './types';

/** The weights quotes will be ranked by, in whole percentage points; price alone unless the organiser says otherwise. */
export function CriteriaFields() {
  const { t } = useTranslation();
  return (
    <fieldset className="fields" data-testid="need-criteria">
      <legend>{t('procurement.evaluation.setWeights')}</legend>
      {CRITERIA.map((c) => (
        <DecimalInput
          key={c}
          label={t(`procurement.evaluation.criteria.${c}`)}
          name={`weight:${c}`}
          integer
          defaultValue={c === 'price' ? '100' : ''}
          testId={`need-weight-${c}`}
        />
      ))}
    </fieldset>
  );
}

/** The criteria a need is posted with: those given a weight; none when price alone is meant (the server's default). */
export function criteriaOf(form: Record<string, string>): Array<{ criterion: Criterion; weight: number }> | undefined {
  const criteria = CRITERIA.map((criterion) => ({ criterion, weight: Number(form[`weight:${criterion}`] || 0) })).filter(
    (c) => c.weight > 0,
  );
  return criteria.length === 1 && criteria[0].criterion === 'price' && criteria[0].weight === 100 ? undefined : criteria;
}
