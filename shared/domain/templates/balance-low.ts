import type { TemplateSet } from './render.ts';

const lastFour = (accountId: string) => accountId.slice(-4);

export const balanceLow: TemplateSet = {
  en: {
    email: ({ givenName, data }, f) => {
      const balance = f.money(data.balance ?? '0', data.currency ?? 'EUR');
      const threshold = f.money(data.threshold ?? '0', data.currency ?? 'EUR');
      const account = lastFour(data.accountId ?? '');
      const greeting = givenName ? `Hello ${givenName},` : 'Hello,';
      const text = [
        greeting,
        '',
        `The balance of your account ending ${account} is ${balance}, below the ${threshold} you asked us to watch.`,
        '',
        'You set this alert yourself; you can change it in the app under Alerts.',
      ].join('\n');
      return {
        subject: `Low balance: ${balance} on account ending ${account}`,
        text,
        html: `<!doctype html><html lang="en" dir="ltr"><body style="font-family:sans-serif">
<p>${f.html(greeting)}</p>
<p>The balance of your account ending <strong>${f.html(account)}</strong> is <strong>${f.html(balance)}</strong>, below the ${f.html(threshold)} you asked us to watch.</p>
<p style="color:#555">You set this alert yourself; you can change it in the app under Alerts.</p>
</body></html>`,
      };
    },
    sms: ({ data }, f) => ({
      text: `Balance on account ending ${lastFour(data.accountId ?? '')} is ${f.money(data.balance ?? '0', data.currency ?? 'EUR')}, below your ${f.money(data.threshold ?? '0', data.currency ?? 'EUR')} alert.`,
    }),
  },
};
