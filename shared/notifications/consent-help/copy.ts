// consent.help (security): the answer to HELP, by SMS, in the customer's language: who is texting, how to
// stop and restart the texts, where to get help. Arguments (render.ts): {stop} and {start} the keywords in
// the customer's language (shared/domain/sms-keywords.ts); {hasUrl} `yes`/`no` with {url} the bank's link.
// One SMS in every language (Arabic: two UCS-2 parts at most), as test/unit/templates.test.ts checks.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: [],
  messages: {
    en: {
      sms: '{bank}: texts about your account. Reply {stop} to stop them, {start} to get them again. Help: {hasUrl, select, yes {{url} or } other {}}the number on your card.',
    },
    id: {
      sms: '{bank}: SMS tentang rekening Anda. Balas {stop} untuk berhenti, {start} untuk menerima lagi. Bantuan: {hasUrl, select, yes {{url} atau } other {}}nomor di kartu Anda.',
    },
    ar: {
      sms: '{bank}: رسائل عن حسابك. أرسل {stop} لإيقافها أو {start} لاستئنافها. للمساعدة: {hasUrl, select, yes {{url} أو } other {}}الرقم على بطاقتك.',
    },
    ro: {
      sms: '{bank}: SMS despre contul dvs. Trimiteți {stop} pentru oprire, {start} pentru reluare. Ajutor: {hasUrl, select, yes {{url} sau } other {}}numărul de pe card.',
    },
    vi: {
      sms: '{bank}: tin nhắn về tài khoản. Trả lời {stop} để dừng, {start} để nhận lại. Hỗ trợ: {hasUrl, select, yes {{url} hoặc } other {}}số điện thoại trên thẻ.',
    },
    de: {
      sms: '{bank}: SMS zu Ihrem Konto. Antworten Sie {stop} zum Beenden, {start} zum Neustart. Hilfe: {hasUrl, select, yes {{url} oder } other {}}die Nummer auf Ihrer Karte.',
    },
  },
});
