import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { AdminPage } from './admin/AdminPage.tsx';
import { AttentionProvider } from './alerts/AttentionProvider.tsx';
import { AllConversationsPage } from './conversations/AllConversationsPage.tsx';
import { LoginPage } from './login/LoginPage.tsx';
import { useParley, useParleyState } from './parley.tsx';
import { canSupervise, isAdmin, isStaff } from './roles.ts';
import { RulesPage } from './rules/RulesPage.tsx';
import { SearchPage } from './search/SearchPage.tsx';
import { draftsKey } from './workspace/drafts.ts';
import { readKey } from './workspace/readState.ts';
import { Shell } from './shell/Shell.tsx';
import { WorkspacePage } from './workspace/WorkspacePage.tsx';

/**
 * Routes by session (restored by main.tsx before the first render): /login, / and /c/:id (workspace), /search
 * (staff), /admin and /conversations (supervisors and admins), /rules and /rules/:version (admins).
 */
export function App() {
  const client = useParley();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useParleyState((s) => s.session);
  function logout() {
    queryClient.clear();
    if (session) {
      forgetUser(session.userId);
    }
    void client.logout().finally(() => navigate('/login', { replace: true }));
  }

  if (!session) {
    return (
      <Routes>
        <Route
          path="/login"
          element={<LoginPage onSignedIn={() => void navigate('/', { replace: true })} />}
        />
        <Route path="*" element={<Navigate to="/login" replace />} />
      </Routes>
    );
  }
  if (!isStaff(session.roles)) {
    return (
      <main id="main" className="login">
        <div className="card">
          <h1>Not an agent account</h1>
          <p>This dashboard is for agents, supervisors and admins.</p>
          <button type="button" onClick={logout}>
            Sign out
          </button>
        </div>
      </main>
    );
  }
  return (
    <AttentionProvider key={session.userId} userId={session.userId}>
      <Routes>
        <Route element={<Shell roles={session.roles} onLogout={logout} />}>
          {/* One workspace element for both paths, so switching conversations keeps it mounted. */}
          <Route element={<WorkspacePage key={session.userId} userId={session.userId} />}>
            <Route index element={null} />
            <Route path="c/:conversationId" element={null} />
          </Route>
          <Route path="search" element={<SearchPage />} />
          <Route
            path="conversations"
            element={canSupervise(session.roles) ? <AllConversationsPage /> : <Navigate to="/" replace />}
          />
          <Route
            path="admin"
            element={canSupervise(session.roles) ? <AdminPage /> : <Navigate to="/" replace />}
          />
          {/* One rules element for both paths, so viewing a version keeps the draft being edited. */}
          <Route path="rules" element={isAdmin(session.roles) ? <RulesPage /> : <Navigate to="/" replace />}>
            <Route index element={null} />
            <Route path=":version" element={null} />
          </Route>
        </Route>
        <Route path="login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AttentionProvider>
  );
}

/** Signing out leaves nothing of the user's in the tab: drafts and read positions go with the tokens. */
function forgetUser(userId: string): void {
  sessionStorage.removeItem(draftsKey(userId));
  sessionStorage.removeItem(readKey(userId));
}
