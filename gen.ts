import { readdirSync } from 'node:fs';
import { loadResources } from './src/resource/load';
import { generateAsyncApi } from './src/generate/asyncapi';
const ws = '/tmp/prof/repo';
const files = readdirSync(ws + '/resources').map((f) => 'resources/' + f);
const rs = loadResources(ws, files);
const ts: number[] = [];
for (let i = 0; i < 12; i++) { const s = performance.now(); generateAsyncApi(rs, { title: 'x', description: '', version: '1' }); ts.push(performance.now() - s); }
ts.sort((a, b) => a - b);
console.log(process.env.LABEL, 'min', ts[0]!.toFixed(0), 'median', ts[6]!.toFixed(0));
