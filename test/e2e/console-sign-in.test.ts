import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/world';
import { DESKTOP, fillSignIn, h1 as heading, NARROW, pathOf, shot as screenshot, useConsoleSuite } from './support';

// Two free failures, so the rate limit is reachable in a few attempts.
const suite = useConsoleSuite({ env: { SIGNIN_FREE_FAILURES: '2' } });

const h1 = (name: string) => heading(suite.page, name);
const signIn = (email: string, password: string) => fillSignIn(suite.page, email, password);
const shot = (name: string) => screenshot(suite.page, name);

describe('console sign-in', () => {
  it('signs an org admin in, shows organization A and its projects, survives a reload of a deep link, signs out', async () => {
    const { page, world } = suite;
    // Signed out, `/` goes to the sign-in page.
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await h1('Sign in to your console').waitFor();
    await shot('sign-in');

    await signIn(world.users.admin.email, TEST_PASSWORD);

    // `/` opens the admin's (only) organization.
    await page.waitForURL(`**/orgs/${world.orgA.id}`);
    await h1(world.orgA.name).waitFor();
    const projects = page.getByRole('table');
    await projects.getByRole('link', { name: 'Project A', exact: true }).waitFor();
    await projects.getByRole('link', { name: 'Project A2', exact: true }).waitFor();
    expect(await page.getByText('Your role: Admin').count()).toBe(1);
    // The header: the organization switcher shows A, the user is named, and B is nowhere.
    // (Each switcher shows its choice once its list has loaded.)
    await expect.poll(() => page.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(world.orgA.id);
    await page.getByText(world.users.admin.email).waitFor();
    expect(await page.getByText(world.orgB.name).count()).toBe(0);
    expect(await page.title()).toBe(`${world.orgA.name} · Headroom`);
    await shot('shell-organization');

    // Into a project by its link; the deep link survives a full reload (the server serves index.html).
    await projects.getByRole('link', { name: 'Project A2', exact: true }).click();
    await page.waitForURL(`**/projects/${world.projectA2.id}`);
    await h1('Project A2').waitFor();
    await page.reload();
    await h1('Project A2').waitFor();
    expect(pathOf(page)).toBe(`/projects/${world.projectA2.id}`);
    await page.getByRole('link', { name: world.orgA.name }).first().waitFor();
    // The project switcher follows the page.
    await expect.poll(() => page.getByRole('combobox', { name: 'Project' }).inputValue()).toBe(world.projectA2.id);
    await shot('shell-project');

    // The same page in a narrow window.
    await page.setViewportSize(NARROW);
    await h1('Project A2').waitFor();
    await shot('shell-project-narrow');
    await page.setViewportSize(DESKTOP);

    // Switch projects from the header.
    await page.getByRole('combobox', { name: 'Project' }).selectOption(world.projectA.id);
    await page.waitForURL(`**/projects/${world.projectA.id}`);
    await h1('Project A').waitFor();

    // Sign out: back on the sign-in page, and the session no longer opens the console.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await h1('Sign in to your console').waitFor();
    await page.goto(`/orgs/${world.orgA.id}`);
    await page.waitForURL('**/sign-in?next=*');
    expect(pathOf(page)).toBe(`/sign-in?next=${encodeURIComponent(`/orgs/${world.orgA.id}`)}`);
  });

  it('returns to the deep link the user was sent away from, after signing in', async () => {
    const { page, world } = suite;
    await page.goto(`/projects/${world.projectA.id}`);
    await page.waitForURL('**/sign-in?next=*');
    await signIn(world.users.viewer.email, TEST_PASSWORD);
    await page.waitForURL(`**/projects/${world.projectA.id}`);
    await h1('Project A').waitFor();
  });

  it('shows a project of another organization as not found', async () => {
    const { page, world } = suite;
    await page.goto('/sign-in');
    await signIn(world.users.viewer.email, TEST_PASSWORD);
    await page.waitForURL(`**/orgs/${world.orgA.id}`);
    await page.goto(`/projects/${world.projectB.id}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await page.getByText(world.projectB.name).count()).toBe(0);
  });

  it('checks the form before sending, then shows a wrong password inline and keeps what was typed', async () => {
    const { page, world } = suite;
    await page.goto('/sign-in');
    const email = page.getByLabel('Email');
    const password = page.getByLabel('Password');

    // Nothing typed: both fields are flagged and nothing is sent.
    let sent = 0;
    page.on('request', (req) => {
      if (req.url().endsWith('/graphql')) sent++;
    });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter an email address like name@company.com.').waitFor();
    expect(sent).toBe(0);
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    // A wrong password: the server's message, inline; the form keeps its values.
    await signIn(world.users.member.email, 'not-the-password-1');
    await page.getByRole('alert').getByText('The email or password is wrong.').waitFor();
    expect(await email.inputValue()).toBe(world.users.member.email);
    expect(await password.inputValue()).toBe('not-the-password-1');
    expect(pathOf(page)).toBe('/sign-in');
    await shot('sign-in-error');

    // Keep failing: the server starts to rate-limit, and the form says how long to wait.
    let limited = false;
    for (let attempt = 0; attempt < 6 && !limited; attempt++) {
      const answered = page.waitForResponse((res) => res.url().endsWith('/graphql'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await answered;
      limited = await page
        .getByRole('alert')
        .getByText(/Too many attempts\. Try again in \d+ s\./)
        .waitFor({ timeout: 1_000 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(limited).toBe(true);
    await shot('sign-in-rate-limited');
  });
});
