import { useTranslation } from 'react-i18next';
import { Bidi } from '../components/Bidi';
import { MessageBody } from '../components/MessageBody';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { useSession } from '../session';
import { PushSettings } from './PushSettings';
import { AppNotification, hrefOf, inbox, useInbox } from './store';

const KNOWN = [
  'mention',
  'direct-message',
  'procurement.published',
  'procurement.invited',
  'procurement.awarded',
  'procurement.not-awarded',
  'procurement.join-deadline-tomorrow',
  'procurement.quote-deadline-tomorrow',
  'procurement.amended',
  'procurement.question-asked',
  'procurement.question-answered',
  'procurement.orders-placed',
  'task.due-tomorrow',
  'task.overdue',
  'milestone.at-risk',
];
// The development cycle's: a survey to answer, interest in an offer, meetings, and an outsider writing through the public page.
KNOWN.push(
  'survey.sent',
  'offer.interest',
  'meeting.requested',
  'meeting.accepted',
  'meeting.declined',
  'meeting.cancelled',
  'meeting.reminder',
  'cluster.contact',
);

/** The inbox: newest first, unread marked, each one opening where it happened (and counting as read). */
export function NotificationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { clusters } = useSession();
  const { items, unreadCount, error } = useInbox();
  const kindOf = (n: AppNotification) => t(`notifications.kinds.${KNOWN.includes(n.kind) ? n.kind : 'other'}`);
  // Chat notifications carry a preview of the message; the others the procurement's or project's title.
  const isMessage = (n: AppNotification) => n.kind === 'mention' || n.kind === 'direct-message';

  return (
    <section className="page notifications" aria-labelledby="notifications-title">
      <div className="row">
        <h1 id="notifications-title" className="grow">
          {t('notifications.title')}
        </h1>
        {unreadCount > 0 && (
          <button type="button" className="secondary" onClick={() => void inbox.markAllRead()} data-testid="read-all">
            {t('notifications.readAll')}
          </button>
        )}
      </div>
      <PushSettings />
      <ScreenState
        loading={!items && !error}
        error={error}
        onRetry={() => void inbox.refresh()}
        empty={items?.length === 0}
        emptyText={t('notifications.empty')}
      >
        <ul className="list notification-list" data-testid="notifications">
          {items?.map((n) => {
            const href = hrefOf(n);
            const cluster = clusters.find((c) => c.id === n.clusterId);
            const content = (
              <>
                <span className="row">
                  <strong className="grow">{kindOf(n)}</strong>
                  <time className="muted" dateTime={n.createdAt}>
                    {f.dateTime(n.createdAt)}
                  </time>
                </span>
                {!isMessage(n) && <Bidi>{n.title}</Bidi>}
                {n.body && <span className="muted preview">{isMessage(n) ? <MessageBody body={n.body} /> : <Bidi>{n.body}</Bidi>}</span>}
                {cluster && clusters.length > 1 && (
                  <span className="muted">
                    <Bidi>{cluster.name}</Bidi>
                  </span>
                )}
              </>
            );
            return (
              <li key={n.id} className={n.readAt ? 'read' : 'unread'} data-testid="notification" data-kind={n.kind} data-unread={!n.readAt}>
                {href ? (
                  <a href={href} className="stack" onClick={() => void inbox.markRead(n.id)}>
                    {content}
                  </a>
                ) : (
                  <button type="button" className="link stack" onClick={() => void inbox.markRead(n.id)}>
                    {content}
                  </button>
                )}
                {n.kind === 'cluster.contact' && typeof n.data.email === 'string' && (
                  <a href={`mailto:${n.data.email}`} dir="ltr" data-testid="contact-reply">
                    {t('notifications.replyTo', { email: n.data.email })}
                  </a>
                )}
                {!n.readAt && <span className="visually-hidden">{t('notifications.unread')}</span>}
              </li>
            );
          })}
        </ul>
      </ScreenState>
    </section>
  );
}
