import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { api, call, csrfToken, setOnSessionLost, type Schemas } from './api.js';
import { ApiKeys } from './pages/api-keys.js';
import { Applications } from './pages/applications.js';
import { Audit } from './pages/audit.js';
import { Imports } from './pages/imports.js';
import { Organization } from './pages/organization.js';
import { SignIn } from './pages/sign-in.js';
import { SourcePriority } from './pages/source-priority.js';
import { UserDetail } from './pages/user-detail.js';
import { Users } from './pages/users.js';
import { Webhooks } from './pages/webhooks.js';
import { Link, navigate, usePath } from './router.js';

const PAGES = [
  { to: '/applications', label: 'Applications' },
  { to: '/api-keys', label: 'API keys' },
  { to: '/source-priority', label: 'Source priority' },
  { to: '/users', label: 'Users' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/imports', label: 'Imports' },
  { to: '/organization', label: 'Organization' },
  { to: '/audit', label: 'Audit log' },
];

function Page({ path }: { path: string }) {
  const user = /^\/users\/([^/]+)$/.exec(path);
  if (user) return <UserDetail userId={decodeURIComponent(user[1])} />;
  switch (path) {
    case '/api-keys':
      return <ApiKeys />;
    case '/source-priority':
      return <SourcePriority />;
    case '/users':
      return <Users />;
    case '/webhooks':
      return <Webhooks />;
    case '/imports':
      return <Imports />;
    case '/organization':
      return <Organization />;
    case '/audit':
      return <Audit />;
    default:
      return <Applications />;
  }
}

function App() {
  const path = usePath();
  const [operator, setOperator] = useState<Schemas['OperatorResponseDto'] | null | undefined>();

  useEffect(() => {
    setOnSessionLost(() => setOperator(null));
    if (!csrfToken()) {
      setOperator(null);
      return;
    }
    call(api.GET('/api/v1/auth/me')).then(setOperator, () => setOperator(null));
  }, []);

  useEffect(() => {
    const title = PAGES.find((page) => path.startsWith(page.to))?.label ?? 'Applications';
    document.title = operator ? `${title} · Wearbridge portal` : 'Sign in · Wearbridge portal';
  }, [path, operator]);

  if (operator === undefined) return <p className="loading">Loading…</p>;
  if (operator === null)
    return (
      <SignIn
        onSignedIn={(signedIn) => {
          setOperator(signedIn);
          if (path === '/') navigate('/applications');
        }}
      />
    );

  const signOut = async () => {
    await fetch('/api/v1/auth/session/logout', {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrfToken() ?? '' },
      credentials: 'same-origin',
    });
    setOperator(null);
  };

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Wearbridge</span>
        <nav aria-label="Portal">
          <ul>
            {PAGES.map((page) => (
              <li key={page.to}>
                <Link to={page.to} current={path.startsWith(page.to)}>
                  {page.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>{operator.email}</span>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Page path={path} />
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
