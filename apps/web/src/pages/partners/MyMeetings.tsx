import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { BackLink } from '../../components/BackLink';
import { Bidi } from '../../components/Bidi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { nameOf, useSession } from '../../session';
import { Meeting, ownTimeZone } from './types';

type Asking = { meeting: Meeting; action: 'accept'; startsAt: string } | { meeting: Meeting; action: 'decline' | 'cancel' };

/** The meetings I asked for and was asked to, each time in my own time zone and calendar; the person invited accepts one time or declines. */
export function MyMeetings({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me, members } = useSession();
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/meetings', { params: { path: { clusterId } } }))
      .then((p) => setMeetings(p.items))
      .catch(setError);
  }, [clusterId]);
  useEffect(load, [load]);

  const respond = async (a: Asking) => {
    const path = { params: { path: { id: a.meeting.id } } };
    if (a.action === 'accept') await answer(client.POST('/api/v1/meetings/{id}/accept', { ...path, body: { startsAt: a.startsAt } }));
    else if (a.action === 'decline') await answer(client.POST('/api/v1/meetings/{id}/decline', path));
    else await answer(client.POST('/api/v1/meetings/{id}/cancel', path));
    load();
  };
  return (
    <div className="screen" data-testid="my-meetings">
      <BackLink href={`#/c/${clusterId}/partners`} label={t('partners.back')} />
      <h2>{t('partners.myMeetings')}</h2>
      <p className="muted">{t('partners.inYourTimeZone', { zone: ownTimeZone() })}</p>
      {!meetings ? (
        <ScreenState loading={!error} error={error} onRetry={load} />
      ) : (
        <ScreenState empty={meetings.length === 0} emptyText={t('partners.noMeetings')}>
          <ul className="cards">
            {meetings.map((m) => {
              const invited = m.inviteeId === me.id;
              const other = invited ? m.requestedBy : m.inviteeId;
              const future = m.proposedTimes.filter((x) => Date.parse(x) > Date.now());
              return (
                <li key={m.id} className="item" data-testid="meeting">
                  <span className="status" data-testid="meeting-status">
                    {t(`partners.meetingStatus.${m.status}`)}
                  </span>
                  <span className="item-title">
                    <Bidi>{m.agenda}</Bidi>
                  </span>
                  <span className="muted">
                    {t(invited ? 'partners.askedBy' : 'partners.askedOf')}: <Bidi>{nameOf(members, other)}</Bidi>
                  </span>
                  {m.status === 'accepted' && m.startsAt && <strong data-testid="meeting-starts">{f.dateTime(m.startsAt)}</strong>}
                  {m.status === 'requested' && (
                    <ul className="plain" data-testid="meeting-times">
                      {m.proposedTimes.map((x) => (
                        <li key={x} className="item-row">
                          <span>{f.dateTime(x)}</span>
                          {invited && future.includes(x) && (
                            <button
                              type="button"
                              onClick={() => setAsking({ meeting: m, action: 'accept', startsAt: x })}
                              data-testid="meeting-accept"
                            >
                              {t('partners.acceptThis')}
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  <div className="actions-row">
                    {invited && m.status === 'requested' && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setAsking({ meeting: m, action: 'decline' })}
                        data-testid="meeting-decline"
                      >
                        {t('partners.decline')}
                      </button>
                    )}
                    {(m.status === 'requested' || m.status === 'accepted') && (!invited || m.status === 'accepted') && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setAsking({ meeting: m, action: 'cancel' })}
                        data-testid="meeting-cancel"
                      >
                        {t('partners.cancelMeeting')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </ScreenState>
      )}
      <ConfirmDialog
        open={!!asking}
        title={asking ? t(`partners.confirm.${asking.action}`) : ''}
        confirmLabel={asking ? t(`partners.confirmLabel.${asking.action}`) : ''}
        danger={asking?.action !== 'accept'}
        onConfirm={() => respond(asking!)}
        onClose={() => setAsking(null)}
        testId="meeting-dialog"
      >
        {asking && (
          <>
            <p>
              <Bidi>{asking.meeting.agenda}</Bidi>
            </p>
            {asking.action === 'accept' && <p data-testid="meeting-dialog-time">{f.dateTime(asking.startsAt)}</p>}
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
