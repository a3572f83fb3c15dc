import { useSession } from '../../session';
import { MeetingRequest } from './MeetingRequest';
import { MyMeetings } from './MyMeetings';
import { OfferSearch } from './OfferSearch';
import { PostOffer } from './PostOffer';
import '../../styles/screens.css';

/**
 * Partner search and meetings (`#/c/<cluster>/partners/<where>/<id>`): offers and requests, interest, one-to-one meetings
 * (`meet/<offer>` about an offer, `meet-with/<user>` with a person).
 */
export function PartnersPage({ path = [] }: { path?: string[] }) {
  const { cluster } = useSession();
  const clusterId = cluster!.id;
  const [where, id] = path;
  if (where === 'new') return <PostOffer clusterId={clusterId} />;
  if (where === 'meet') return <MeetingRequest clusterId={clusterId} offerId={id} />;
  if (where === 'meet-with') return <MeetingRequest clusterId={clusterId} withUserId={id} />;
  if (where === 'meetings') return <MyMeetings clusterId={clusterId} />;
  return <OfferSearch clusterId={clusterId} />;
}
