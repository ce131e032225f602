import type { RuleSetVersion } from '@parley/client-sdk';
import { Link } from 'react-router';
import { formatTime, shortId } from '../format.ts';
import { ActivateButton } from './ActivateButton.tsx';

interface Props {
  versions: readonly RuleSetVersion[];
  /** The version shown (from the URL). */
  selected: number | null;
  nameOf: (userId: string) => string | undefined;
}

/** Every stored version, newest first: status, comment, who wrote it and when; view or activate one. */
export function RuleVersions({ versions, selected, nameOf }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="versions-caption">
      <table className="data">
        <caption id="versions-caption">Versions ({versions.length})</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Comment</th>
            <th scope="col">Created by</th>
            <th scope="col">Created</th>
            <th scope="col">Activated</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {versions.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No stored versions yet: the built-in default (version 0) applies.
              </td>
            </tr>
          )}
          {versions.map((v) => (
            <tr key={v.version} className={v.version === selected ? 'selected-row' : undefined}>
              <th scope="row">{v.version}</th>
              <td>
                <span className={`status-pill rules-${v.status.toLowerCase()}`}>
                  {v.status.toLowerCase()}
                </span>
              </td>
              <td>{v.comment || <span className="muted">—</span>}</td>
              <td>{v.createdBy ? (nameOf(v.createdBy) ?? shortId(v.createdBy)) : '—'}</td>
              <td>{formatTime(v.createdAt)}</td>
              <td>{formatTime(v.activatedAt)}</td>
              <td className="actions">
                <Link
                  to={`/rules/${v.version}`}
                  aria-label={`View version ${v.version}`}
                  aria-current={v.version === selected ? 'page' : undefined}
                >
                  View
                </Link>{' '}
                {v.status !== 'ACTIVE' && <ActivateButton version={v.version} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
