import type { Attachment, FileVariant } from '@parley/client-sdk';
import { useEffect, useState, type MouseEvent } from 'react';
import { useParleyClient } from '../hooks/useParley.ts';
import { fileSize } from '../lib/files.ts';

/** A message's files: images as thumbnails that open the original, other files as download links. */
export function Attachments({ files }: { files: readonly Attachment[] }) {
  if (files.length === 0) {
    return null;
  }
  return (
    <ul className="attachments">
      {files.map((file) => (
        <li key={file.id}>
          <AttachmentLink file={file} />
        </li>
      ))}
    </ul>
  );
}

/** Signed links expire after minutes: one is fetched when shown, and again when followed after expiry. */
function useLink(fileId: string, variant: FileVariant, wanted: boolean) {
  const client = useParleyClient();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted) {
      return;
    }
    let current = true;
    client.fileLink(fileId, variant).then(
      (l) => current && setLink(l),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [client, fileId, variant, wanted]);
  return { link, failed };
}

function AttachmentLink({ file }: { file: Attachment }) {
  const client = useParleyClient();
  const image = file.kind === 'IMAGE' && file.hasThumbnail;
  const original = useLink(file.id, 'ORIGINAL', true);
  const thumbnail = useLink(file.id, 'THUMBNAIL', image);

  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    const expiresAt = original.link ? Date.parse(original.link.expiresAt) : 0;
    if (expiresAt > Date.now()) {
      return;
    }
    event.preventDefault();
    const opened = window.open('', '_blank');
    void client.fileLink(file.id, 'ORIGINAL').then((l) => {
      if (opened) {
        opened.opener = null;
        opened.location.href = l.url;
      }
    });
  };

  const label = `${file.name} (${fileSize(file.size)})`;
  if (original.failed) {
    return <span className="attachment-missing">{label}: not available</span>;
  }
  return (
    <a
      className={image ? 'attachment image' : 'attachment file'}
      href={original.link?.url ?? '#'}
      target="_blank"
      rel="noopener noreferrer"
      download={image ? undefined : file.name}
      onClick={follow}
    >
      {image && thumbnail.link ? (
        <img src={thumbnail.link.url} alt={`${file.name}, open the full image`} width={160} />
      ) : (
        <>
          <span aria-hidden="true">📎 </span>
          {label}
        </>
      )}
    </a>
  );
}
