import { useTranslation } from 'react-i18next';
import './notifications.css';
import { Icon } from '../components/Icon';
import { useFormat } from '../locale/format';
import { useInbox } from './store';

/** The bell in the top bar: how many notifications are unread, and the way to the inbox. */
export function Bell({ clusterId }: { clusterId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { unreadCount } = useInbox();
  return (
    <a
      className="button secondary icon-button bell"
      href={clusterId ? `#/c/${clusterId}/notifications` : '#/notifications'}
      aria-label={unreadCount ? t('notifications.bellUnread', { count: unreadCount, n: f.number(unreadCount) }) : t('notifications.title')}
      data-testid="bell"
    >
      <Icon name="bell" />
      {unreadCount > 0 && (
        <span className="badge" data-testid="bell-count" aria-hidden="true">
          {f.number(unreadCount)}
        </span>
      )}
    </a>
  );
}
