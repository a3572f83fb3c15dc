import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailJob } from '@hamkar/jobs';

export interface MailTransport {
  send(mail: MailJob & { from: string; id: string }): Promise<void>;
}

/**
 * `file:<dir>` writes each mail as JSON (development, tests, demos without an SMTP server);
 * any `smtp://` or `smtps://` URL goes through nodemailer.
 */
export function createMailTransport(spec: string): MailTransport {
  if (spec.startsWith('file:')) {
    const dir = resolve(spec.slice('file:'.length));
    return {
      async send(mail) {
        await mkdir(dir, { recursive: true });
        // Named by job id: a retried job overwrites its own file instead of sending twice.
        await writeFile(join(dir, `${mail.id.replace(/[^\w.-]/g, '_')}.json`), JSON.stringify(mail, null, 2));
      },
    };
  }
  const transporter = nodemailer.createTransport(spec);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.id}@hamkar>`,
      });
    },
  };
}
