// Checks HTML pages for accessibility problems with axe-core, in Debian's
// Chromium (headless), driven by puppeteer-core, which downloads no browser.
// Usage: node axe_check.js PAGE.html...
// Each page is checked as it shows on screen and as it prints. Prints every
// violation with the rule, what it means and where; exits 0 when there are
// none, 1 when there are some, 2 when the browser cannot be started.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;

function findChromium() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate));
}

async function violationsOf(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  });
}

async function main() {
  const pages = process.argv.slice(2);
  if (pages.length === 0) {
    console.error('Usage: node axe_check.js PAGE.html...');
    return 2;
  }
  const chromium = findChromium();
  if (!chromium) {
    console.error('Chromium is not installed (Debian package chromium).');
    return 2;
  }
  const profileFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'rightjob-axe-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', `--user-data-dir=${profileFolder}`],
    });
  } catch (error) {
    console.error(`Chromium could not be started: ${error.message}`);
    fs.rmSync(profileFolder, { recursive: true, force: true });
    return 2;
  }

  let total = 0;
  try {
    for (const file of pages) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 1400 });
      await page.goto(`file://${path.resolve(file)}`, { waitUntil: 'load' });
      for (const media of ['screen', 'print']) {
        await page.emulateMediaType(media);
        const violations = await violationsOf(page);
        total += violations.length;
        console.log(`${path.basename(file)} (${media}): ${violations.length} violations`);
        for (const violation of violations) {
          console.log(`  ${violation.id} (${violation.impact}): ${violation.help}`);
          for (const target of violation.targets)
            console.log(`    at ${target}`);
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(profileFolder, { recursive: true, force: true });
  }
  console.log(total === 0 ? 'No accessibility violations.' : `${total} accessibility violations.`);
  return total === 0 ? 0 : 1;
}

main().then((status) => process.exit(status), (error) => {
  console.error(error);
  process.exit(2);
});
