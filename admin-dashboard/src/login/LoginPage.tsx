import { useState, type FormEvent } from 'react';
import { describeError } from '../format.ts';
import { useParley } from '../parley.tsx';

/** Email + password sign-in; the server's problem detail is shown as the error. */
export function LoginPage({ onSignedIn }: { onSignedIn?: () => void }) {
  const client = useParley();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.login(email.trim(), password);
      onSignedIn?.();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login">
      <form className="card login-form" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Parley</h1>
        <p className="muted">Agent and supervisor dashboard</p>
        {error && (
          <p role="alert" className="error" id="login-error">
            {error}
          </p>
        )}
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={error ? 'login-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
