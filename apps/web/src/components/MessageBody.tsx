import { nameOf, useSession } from '../session';
import { Bidi } from './Bidi';

/** Renders `<@userId>` mention tokens as @Name; everything else is plain text (never HTML), isolated by direction. */
export function MessageBody({ body }: { body: string }) {
  const { members } = useSession();
  const parts = body.split(/(<@[0-9a-f-]{36}>)/i);
  return (
    <span dir="auto" className="body">
      {parts.map((p, i) =>
        /^<@[0-9a-f-]{36}>$/i.test(p) ? (
          <span key={i} className="mention">
            @<Bidi>{nameOf(members, p.slice(2, -1).toLowerCase())}</Bidi>
          </span>
        ) : (
          p
        ),
      )}
    </span>
  );
}
