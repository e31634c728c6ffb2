// Checks HTML pages for accessibility problems with axe-core, in Debian's
// Chromium (headless), driven by puppeteer-core, which downloads no browser.
// Usage: node axe_check.js PAGE.html...
// Each page is checked as it shows on screen (1000 px and 390 px wide), as
// it prints, and at 320 px wide with WCAG 1.4.12 text spacing, where it must
// not scroll sideways. Printed to A4 (Chromium's PDF, read back with
// pdftotext), no page but the last may be nearly empty. Prints every
// violation with the rule, what it means and where; exits 0 when there are
// none, 1 when there are some, 2 when the browser cannot be started.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
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

// WCAG 2.2 success criterion 1.4.12: the spacing a reader may set.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

// The fewest lines of text a printed page other than the last may have.
const FEWEST_PRINTED_LINES = 4;

function report(label, violations) {
  console.log(`${label}: ${violations.length} violations`);
  for (const violation of violations) {
    console.log(`  ${violation.id} (${violation.impact}): ${violation.help}`);
    for (const target of violation.targets)
      console.log(`    at ${target}`);
  }
  return violations.length;
}

// How many px the page is wider than the window, and the widest thing that sticks out.
async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let widest = '';
    let right = width;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}: ${(element.textContent || '').trim().slice(0, 40)}`;
      }
    }
    return { overflow: document.documentElement.scrollWidth - width, widest };
  });
}

// The lines of text on each page of the page printed to A4 by Chromium.
async function printedLines(page, folder, name) {
  const pdf = path.join(folder, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  let text;
  try {
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } catch (error) {
    return null; // no poppler-utils: the printed pages are not counted
  }
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '')
    pages.pop();
  return pages.map((one) => one.split('\n').filter((line) => line.trim() !== '').length);
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
      const name = path.basename(file);
      await page.setViewport({ width: 1000, height: 1400 });
      await page.goto(`file://${path.resolve(file)}`, { waitUntil: 'load' });
      for (const media of ['screen', 'print']) {
        await page.emulateMediaType(media);
        total += report(`${name} (${media})`, await violationsOf(page));
      }

      await page.emulateMediaType('print');
      const lines = await printedLines(page, profileFolder, name);
      if (lines) {
        const short = lines.slice(0, -1).map((count, index) => [index + 1, count])
          .filter(([, count]) => count < FEWEST_PRINTED_LINES);
        console.log(`${name} (printed): ${lines.length} A4 pages, lines per page ${lines.join(' ')}`);
        for (const [number, count] of short)
          console.log(`  page ${number} of ${lines.length} has only ${count} lines`);
        total += short.length;
      }
      await page.emulateMediaType('screen');

      await page.setViewport({ width: 390, height: 844 });
      total += report(`${name} (390 px)`, await violationsOf(page));

      await page.setViewport({ width: 320, height: 640 });
      await page.addStyleTag({ content: TEXT_SPACING });
      total += report(`${name} (320 px, text spacing)`, await violationsOf(page));
      const { overflow, widest } = await sidewaysOverflow(page);
      if (overflow > 0) {
        console.log(`  scrolls sideways by ${overflow} px at 320 px (widest: ${widest})`);
        total += 1;
      } else {
        console.log(`${name} (320 px, text spacing): no sideways scroll`);
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
