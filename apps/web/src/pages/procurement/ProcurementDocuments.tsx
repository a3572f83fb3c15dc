import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { ErrorText } from '../../components/ErrorText';
import { AttachDocument, DocumentList } from './Documents';
import type { Procurement, ProcurementDocument, Quote } from './types';

const NEED_KINDS = ['specification', 'other'] as const;
const QUOTE_KINDS = ['certificate', 'price-list', 'other'] as const;

interface Docs {
  documents: ProcurementDocument[];
  error: unknown;
  reload(): Promise<void>;
}

/** The need's specifications: for everyone who sees the need; the organiser adds them until quoting closes. */
export function NeedDocuments({ p, docs, mayAttach }: { p: Procurement; docs: Docs; mayAttach: boolean }) {
  const { t } = useTranslation();
  const mine = docs.documents.filter((d) => d.attachedTo === 'need');
  const open = ['draft', 'open', 'quoting'].includes(p.status);
  if (mine.length === 0 && !(mayAttach && open)) return null;
  return (
    <section className="card stack" data-testid="need-documents">
      <h3>{t('procurement.documents.need')}</h3>
      <ErrorText error={docs.error} onRetry={() => void docs.reload()} />
      {mine.length === 0 && <p className="muted">{t('procurement.documents.none')}</p>}
      <DocumentList documents={mine} />
      {mayAttach && open && (
        <AttachDocument
          path={`/procurements/${p.id}/documents`}
          kinds={NEED_KINDS}
          onAttached={docs.reload}
          testId="attach-need-document"
        />
      )}
    </section>
  );
}

interface QuoteDocsProps {
  p: Procurement;
  docs: Docs;
  quotes: Quote[];
  orgName(id: string): string;
  /** The reader's supplier organization, when it may quote. */
  supplierId?: string;
}

/**
 * Certificates and price lists, by supplier. A supplier sees and adds its own while quoting; buyers
 * see them only once the quotes are opened (the server sends nothing before).
 */
export function QuoteDocuments({ p, docs, quotes, orgName, supplierId }: QuoteDocsProps) {
  const { t } = useTranslation();
  const onQuotes = docs.documents.filter((d) => d.attachedTo === 'quote');
  const myQuote = supplierId ? quotes.find((q) => q.supplierOrganizationId === supplierId && q.status !== 'replaced') : undefined;
  const mayAttach = !!myQuote && p.status === 'quoting';
  if (onQuotes.length === 0 && !mayAttach) return null;
  const suppliers = [...new Set(onQuotes.map((d) => d.supplierOrganizationId!))];
  return (
    <section className="card stack" data-testid="quote-documents">
      <h3>{t('procurement.documents.quotes')}</h3>
      {mayAttach && <p className="muted">{t('procurement.documents.sealedHint')}</p>}
      {suppliers.map((s) => (
        <div key={s} className="stack">
          <Bidi className="item-title">{orgName(s)}</Bidi>
          <DocumentList documents={onQuotes.filter((d) => d.supplierOrganizationId === s)} testId="quote-document-list" />
        </div>
      ))}
      {mayAttach && (
        <AttachDocument
          path={`/quotes/${myQuote.id}/documents`}
          kinds={QUOTE_KINDS}
          onAttached={docs.reload}
          testId="attach-quote-document"
        />
      )}
    </section>
  );
}
