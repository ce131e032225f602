import type { Attachment } from '@parley/client-sdk';
import { describeError } from '../format.ts';
import { useFileLink } from '../queries/useFileLink.ts';

/** "812 B", "14 KB", "2.5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A file in a message: an image shows its thumbnail (signed link) and opens the original; any other file is
 * a link that downloads it (or, for PDF and video, opens it in a new tab as the server serves them inline).
 */
export function AttachmentView({ attachment }: { attachment: Attachment }) {
  const image = attachment.kind === 'IMAGE' && attachment.hasThumbnail;
  const original = useFileLink(attachment.id, 'ORIGINAL');
  const thumbnail = useFileLink(attachment.id, 'THUMBNAIL', image);
  const size = formatBytes(attachment.size);
  if (original.isError) {
    return (
      <span className="attachment error small">
        {attachment.name}: could not get a link ({describeError(original.error)})
      </span>
    );
  }
  const href = original.data?.url;
  if (image) {
    return (
      <a
        className="attachment attachment-image"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`Open image ${attachment.name} (${size}) in a new tab`}
      >
        {thumbnail.data ? (
          <img src={thumbnail.data.url} alt={attachment.name} width={thumbSize(attachment).width} />
        ) : (
          <span className="muted small">Loading {attachment.name}…</span>
        )}
      </a>
    );
  }
  const inline = attachment.kind === 'PDF' || attachment.kind === 'VIDEO';
  return (
    <a
      className="attachment attachment-file"
      href={href}
      {...(inline ? { target: '_blank', rel: 'noopener noreferrer' } : { download: attachment.name })}
    >
      <span aria-hidden="true">📎 </span>
      {attachment.name} <span className="muted small">({size})</span>
    </a>
  );
}

/** Thumbnails are at most 320 px on the longest side; shown at most 200 px wide. */
function thumbSize(attachment: Attachment): { width: number } {
  const { width, height } = attachment;
  if (!width || !height) {
    return { width: 200 };
  }
  const scale = Math.min(1, 320 / Math.max(width, height));
  return { width: Math.min(200, Math.round(width * scale)) };
}
