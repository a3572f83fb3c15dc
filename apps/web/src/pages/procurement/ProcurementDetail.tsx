import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { usePermissions } from '../../permissions';
import { useSession } from '../../session';
import { Allocations } from './Allocations';
import { Amendments } from './Amendments';
import { Evaluation } from './Evaluation';
import { Lots } from './Lots';
import { Matches } from './Matches';
import { Orders } from './Orders';
import { Participants } from './Participants';
import { NeedDocuments, QuoteDocuments } from './ProcurementDocuments';
import { ProcurementActions } from './ProcurementActions';
import { ProcurementFacts } from './ProcurementFacts';
import { Questions } from './Questions';
import { QuoteForm } from './QuoteForm';
import { Quotes } from './Quotes';
import { useDocuments } from './useDocuments';
import { useEvaluation } from './useEvaluation';
import { useOrganizationNames } from './useOrganizationNames';
import { useProcurement } from './useProcurement';
import '../../styles/screens.css';
import '../../styles/manat-sign';

export function ProcurementDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { me, cluster } = useSession();
  const clusterId = cluster!.id;
  const permissions = usePermissions(clusterId);
  const data = useProcurement(id);
  const orgName = useOrganizationNames(clusterId);
  const p = data.procurement;
  const evaluation = useEvaluation(p);
  const docs = useDocuments(p);
  const back = <BackLink href={`#/c/${clusterId}/procurements`} label={t('procurement.board')} />;
  if (!p)
    return (
      <div className="screen">
        {back}
        <ScreenState loading={!data.error} error={data.error} onRetry={() => void data.reload()} />
      </div>
    );

  // The firm that posted the need runs it, and so do the cluster's organisers.
  const organiser = permissions.can('procurement.manage') || me.organizations.some((o) => o.id === p.organizationId);
  const supplierOrg = permissions.can('quote.submit') ? me.organizations.find((o) => o.kind === 'supplier') : undefined;

  return (
    <div className="screen" data-testid="procurement-detail">
      {back}
      <ErrorText error={data.error} onRetry={() => void data.reload()} />
      <ProcurementFacts p={p} organiser={orgName(p.organizationId)} />
      <NeedDocuments p={p} docs={docs} mayAttach={organiser} />
      {organiser && <ProcurementActions p={p} onDone={data.reload} />}
      <Amendments key={p.amendments?.length ?? 0} p={p} mayAmend={organiser} onAmended={data.reload} />
      <Participants p={p} orgName={orgName} mayJoin={permissions.can('procurement.join')} onJoined={data.reload} />
      {p.status === 'quoting' && supplierOrg && <QuoteForm p={p} supplier={supplierOrg} onSent={data.reload} />}
      {evaluation && <Evaluation p={p} evaluation={evaluation} orgName={orgName} />}
      <Lots p={p} quotes={data.quotes} evaluation={evaluation} orgName={orgName} mayAward={organiser} onAwarded={data.reload} />
      <Quotes
        p={p}
        quotes={data.quotes}
        sealedCount={data.sealedCount}
        orgName={orgName}
        mayAward={organiser}
        topQuoteId={evaluation?.ranking[0]?.quoteId}
        onAwarded={data.reload}
      />
      <QuoteDocuments p={p} docs={docs} quotes={data.quotes} orgName={orgName} supplierId={supplierOrg?.id} />
      <Orders p={p} orgName={orgName} documents={docs.documents} onDocumentsChanged={docs.reload} />
      <Questions p={p} mayAsk={!!supplierOrg} mayAnswer={organiser} />
      {p.allocations && p.allocations.length > 0 && <Allocations p={p} orgName={orgName} />}
      {organiser && data.matches.length > 0 && <Matches matches={data.matches} orgName={orgName} />}
    </div>
  );
}
