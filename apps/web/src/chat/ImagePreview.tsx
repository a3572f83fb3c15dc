import { useEffect, useState } from 'react';
import { api } from '../api';

/**
 * A picture sent in a channel, shown small in the message. Files need the bearer token, so the image is
 * fetched like any file and shown from memory; only pictures up to a few megabytes are previewed.
 */
export function ImagePreview({ fileId, name, size }: { fileId: string; name: string; size: number }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (size > 5 * 1024 * 1024) return;
    let objectUrl: string | null = null;
    let gone = false;
    void fetch(`/api/v1/files/${fileId}`, { headers: { authorization: `Bearer ${api.accessToken}` } })
      .then((res) => (res.ok ? res.blob() : null))
      .then((blob) => {
        if (!blob || gone) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [fileId, size]);
  return url ? <img className="image-preview" src={url} alt={name} loading="lazy" data-testid="image-preview" /> : null;
}
