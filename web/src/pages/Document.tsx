/** A stored article with its layers; `?event=v3` outlines that event's evidence. */
import { api } from '../api.js';
import { ArticleView } from '../components/ArticleView.js';
import { ErrorNote, Loading, PageTitle, useLoad } from '../components/ui.js';
import { navigate, type Route } from '../router.js';

export function DocumentPage({ route }: { route: Route }) {
  const id = route.path[1] ?? '';
  const { data, error, loading } = useLoad(id, () => api.document(id));
  const title = data?.doc.title ?? data?.doc.source ?? 'Article';
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <ErrorNote error={error} />
      <Loading when={loading && !data} />
      {data && (
        <>
          <p class="muted">
            {data.doc.source} · {data.doc.lang} · published {data.doc.published ?? 'unknown'} ·{' '}
            {data.events.length} events
          </p>
          <ArticleView
            record={data}
            selectedId={route.query.event ?? null}
            onSelect={(event) => navigate(['document', id], { event })}
          />
        </>
      )}
    </>
  );
}
