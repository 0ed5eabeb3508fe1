/** Paste or upload an article; the extractor's record comes back highlighted. Nothing is stored. */
import { useState } from 'preact/hooks';
import { api, type DocumentRecord } from '../api.js';
import { ArticleView } from '../components/ArticleView.js';
import { ErrorNote, PageTitle } from '../components/ui.js';

export function AnalysePage() {
  const [text, setText] = useState('');
  const [record, setRecord] = useState<DocumentRecord | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    setBusy(true);
    setError(null);
    try {
      const published = String(data.get('published') ?? '');
      const result = await api.extract({
        text,
        lang: String(data.get('lang') ?? 'auto'),
        ...(published ? { published } : {}),
      });
      setRecord(result);
      setSelected(null);
    } catch (caught) {
      setError(caught);
      setRecord(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="Analyse">Analyse an article</PageTitle>
      <p class="lead">
        Paste a news article in Russian, Ukrainian or English, or open a text file. It is read by the server
        and not stored.
      </p>
      <form
        class="analyse"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <label class="block">
          Article text
          <textarea
            name="text"
            rows={10}
            required
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder="Зеленский провел телефонный разговор с премьер-министром Японии…"
          />
        </label>
        <div class="row">
          <label>
            Or open a UTF-8 text file{' '}
            <input
              type="file"
              name="file"
              accept=".txt,text/plain"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (file) setText(await file.text());
              }}
            />
          </label>
          <label>
            Language{' '}
            <select name="lang" defaultValue="auto">
              <option value="auto">detect</option>
              <option value="ru">Russian</option>
              <option value="uk">Ukrainian</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            Published <input type="date" name="published" />
          </label>
          <button type="submit" disabled={busy || text.trim() === ''}>
            {busy ? 'Reading…' : 'Analyse'}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {record && (
        <section aria-label="Result">
          <p class="muted">
            {record.doc.lang} · {record.events.length} events · {record.entities.length} entities ·{' '}
            {record.quotes.length} quotes · {record.dates.length} dates
          </p>
          <ArticleView record={record} selectedId={selected} onSelect={setSelected} />
        </section>
      )}
    </>
  );
}
