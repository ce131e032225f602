import type { Role } from '@parley/client-sdk';
import { NavLink, Outlet } from 'react-router';
import { useAttention } from '../alerts/AttentionProvider.tsx';
import { canSupervise, isAdmin } from '../roles.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { NewAssignmentNotice } from './NewAssignmentNotice.tsx';
import { StatusSelector } from './StatusSelector.tsx';

/** Header (navigation, availability, sound, sign out), connection banner, and the page. */
export function Shell({ roles, onLogout }: { roles: readonly Role[]; onLogout: () => void }) {
  const { soundOn, setSoundOn } = useAttention();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="topbar">
        <span className="brand">Parley</span>
        <nav aria-label="Main">
          <ul className="nav">
            <li>
              <NavLink to="/" end>
                Workspace
              </NavLink>
            </li>
            <li>
              <NavLink to="/search">Search</NavLink>
            </li>
            {canSupervise(roles) && (
              <li>
                <NavLink to="/conversations">All conversations</NavLink>
              </li>
            )}
            {canSupervise(roles) && (
              <li>
                <NavLink to="/admin">Supervision</NavLink>
              </li>
            )}
            {isAdmin(roles) && (
              <li>
                <NavLink to="/rules">Routing rules</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <StatusSelector />
        <div className="topbar-actions">
          <button type="button" aria-pressed={soundOn} onClick={() => setSoundOn(!soundOn)}>
            Sound {soundOn ? 'on' : 'off'}
          </button>
          <button type="button" onClick={onLogout}>
            Sign out
          </button>
        </div>
      </header>
      <ConnectionBanner onSignInAgain={onLogout} />
      <NewAssignmentNotice />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
