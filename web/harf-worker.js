// harf-worker.js: a module Web Worker that runs Harf and answers
// {id, method, args} messages with {id, result} or {id, error}. Start it
// with loadWorker() from harf.js.
import { load } from './harf.js';

const ready = load();

self.addEventListener('message', async (event) => {
  const { id, method, args } = event.data;
  try {
    const harf = await ready;
    if (method === 'version') {
      self.postMessage({ id, result: harf.version });
      return;
    }
    if (typeof harf[method] !== 'function') throw new Error(`harf: no call named ${method}`);
    self.postMessage({ id, result: harf[method](...args) });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
});
