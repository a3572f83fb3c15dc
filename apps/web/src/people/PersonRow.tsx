import { useTranslation } from 'react-i18next';
import { Bidi } from '../components/Bidi';
import { Icon } from '../components/Icon';
import { useSession } from '../session';
import type { Member } from '../types';

interface Props {
  person: Pick<Member, 'userId' | 'displayName'> & { role: Member['role'] | null };
  organization?: { name: string };
  /** Opens a direct message; without it (or for the reader themselves) there is no button. */
  onMessage?: (userId: string) => void;
  className: string;
  testIds: { row: string; link: string; message: string };
}

/** One person in a list (the cluster's people, a channel's members): their profile's link with role and organization, and a message button. */
export function PersonRow({ person, organization, onMessage, className, testIds }: Props) {
  const { t } = useTranslation();
  const { cluster, me } = useSession();
  return (
    <li className={className} data-testid={testIds.row}>
      <a className="grow stack" href={`#/c/${cluster!.id}/people/${person.userId}`} data-testid={testIds.link}>
        <strong>
          <Bidi>{person.displayName}</Bidi>
        </strong>
        <span className="muted">
          {person.role && t(`roles.${person.role}`)}
          {organization && (
            <>
              {' · '}
              <Bidi>{organization.name}</Bidi>
            </>
          )}
        </span>
      </a>
      {onMessage && person.userId !== me.id && (
        <button
          type="button"
          className="secondary icon-button"
          onClick={() => onMessage(person.userId)}
          data-testid={testIds.message}
          aria-label={t('people.messageTo', { name: person.displayName })}
        >
          <Icon name="chat" />
        </button>
      )}
    </li>
  );
}
