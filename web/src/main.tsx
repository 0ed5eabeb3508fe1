/** The web UI of dyad: a header with the pages, the page of the current hash route. */
import { render } from 'preact';
import { ActorPage } from './pages/Actor.js';
import { AnalysePage } from './pages/Analyse.js';
import { DocumentPage } from './pages/Document.js';
import { DyadPage } from './pages/Dyad.js';
import { EventsPage } from './pages/Events.js';
import { NetworkPage } from './pages/Network.js';
import { type Route, useRoute } from './router.js';
import './styles.css';

const NAV = [
  ['events', 'Events'],
  ['analyse', 'Analyse'],
  ['dyad', 'Dyads'],
  ['network', 'Network'],
] as const;

function Page({ route }: { route: Route }) {
  switch (route.path[0] ?? 'events') {
    case 'events':
      return <EventsPage route={route} />;
    case 'analyse':
      return <AnalysePage />;
    case 'document':
      return <DocumentPage key={route.path[1]} route={route} />;
    case 'dyad':
      return <DyadPage route={route} />;
    case 'network':
      return <NetworkPage route={route} />;
    case 'actor':
      return <ActorPage key={route.path[1]} route={route} />;
    default:
      return (
        <p class="error" role="alert">
          No page here. <a href="#/events">Go to the events.</a>
        </p>
      );
  }
}

function App() {
  const route = useRoute();
  const current = route.path[0] ?? 'events';
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <span class="brand">dyad</span>
        <nav aria-label="Pages">
          {NAV.map(([path, label]) => (
            <a key={path} href={`#/${path}`} aria-current={current === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
