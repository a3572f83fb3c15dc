import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { CANCELLABLE, type Procurement } from './types';

type Step = 'publish' | 'close-joining' | 'close-quoting' | 'cancel';

const STEP_PATHS = {
  publish: '/api/v1/procurements/{id}/publish',
  'close-joining': '/api/v1/procurements/{id}/close-joining',
  'close-quoting': '/api/v1/procurements/{id}/close-quoting',
  cancel: '/api/v1/procurements/{id}/cancel',
} as const;

const NEXT: Partial<Record<Procurement['status'], Step>> = { draft: 'publish', open: 'close-joining', quoting: 'close-quoting' };

/**
 * The organiser's next step and cancelling. Closing a round or cancelling cannot be undone, so each
 * asks first and says what will happen; publishing a draft does not need asking.
 */
export function ProcurementActions({ p, onDone }: { p: Procurement; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [asking, setAsking] = useState<Step | null>(null);
  const [error, setError] = useState<unknown>(null);
  const next = NEXT[p.status];
  if (!next && !CANCELLABLE.includes(p.status)) return null;

  const run = async (step: Step) => {
    await answer(client.POST(STEP_PATHS[step], { params: { path: { id: p.id } } }));
    await onDone();
  };
  const publish = async () => {
    setError(null);
    try {
      await run('publish');
    } catch (e) {
      setError(e);
    }
  };

  const questions: Record<Exclude<Step, 'publish'>, { title: string; body: string; confirm: string }> = {
    'close-joining': {
      title: t('procurement.confirm.closeJoiningTitle'),
      body: t('procurement.confirm.closeJoiningBody', {
        firms: f.number(p.participants.length),
        total: f.quantity(p.totalQuantity, p.unit),
      }),
      confirm: t('procurement.closeJoining'),
    },
    'close-quoting': {
      title: t('procurement.confirm.closeQuotingTitle'),
      body: t('procurement.confirm.closeQuotingBody'),
      confirm: t('procurement.closeQuoting'),
    },
    cancel: {
      title: t('procurement.confirm.cancelTitle'),
      body: t('procurement.confirm.cancelBody', { firms: f.number(p.participants.length) }),
      confirm: t('procurement.cancel'),
    },
  };
  const question = asking && asking !== 'publish' ? questions[asking] : null;

  return (
    <section className="card stack" aria-label={t('procurement.nextStep')}>
      <div className="row">
        {next === 'publish' && (
          <button type="button" onClick={() => void publish()} data-testid="publish">
            {t('procurement.publish')}
          </button>
        )}
        {next && next !== 'publish' && (
          <button type="button" onClick={() => setAsking(next)} data-testid={next}>
            {t(next === 'close-joining' ? 'procurement.closeJoining' : 'procurement.closeQuoting')}
          </button>
        )}
        {CANCELLABLE.includes(p.status) && (
          <button type="button" className="secondary" onClick={() => setAsking('cancel')} data-testid="cancel-procurement">
            {t('procurement.cancel')}
          </button>
        )}
      </div>
      <ErrorText error={error} />
      <ConfirmDialog
        open={!!question}
        title={question?.title ?? ''}
        confirmLabel={question?.confirm ?? ''}
        danger={asking === 'cancel'}
        onConfirm={() => run(asking!)}
        onClose={() => setAsking(null)}
      >
        <p>
          <Bidi>{p.title}</Bidi>
        </p>
        <p>{question?.body}</p>
      </ConfirmDialog>
    </section>
  );
}
