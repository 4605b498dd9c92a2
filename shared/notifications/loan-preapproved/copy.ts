// loan.preapproved (marketing): the customer is pre-approved for a loan offer. Sent only before the offer
// expires and only with marketing consent; every e-mail has an unsubscribe link and List-Unsubscribe
// headers, every SMS says how to opt out (STOP).
// Arguments (render.ts): {amount} the maximum amount; {expires} the
// last day of the offer; the bank's representative example (infra/config.ts `loanOffers`, required by
// consumer-credit rules next to an amount): {exBorrowed}, {exTerm} months (a number), {exRate} the fixed
// yearly interest rate, {exMonthly}, {exTotal} the total payable, {exApr} the representative APR.
// A/B test `loan-preapproved-2026-11` (definition.ts): A is the base copy, which leads with
// the pre-approval; B leads with what the money is for, and its call to action asks for the rate.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: "You're pre-approved for a loan of up to {amount}",
      preheader: 'Your offer is available until {expires}.',
      heading: 'A loan of up to {amount}, ready when you are',
      p1: "Good news: based on how you manage your account, you're pre-approved for a personal loan of up to {amount}.",
      p2: 'See your personal rate and monthly repayments before you decide. Final approval depends on a credit check.',
      p3: 'This offer is valid until {expires}.',
      p4: 'Representative example: if you borrow {exBorrowed} over {exTerm, plural, one {# month} other {# months}} at a fixed interest rate of {exRate} a year, you repay {exMonthly} a month and {exTotal} in total. Representative APR {exApr}.',
      cta: 'See my offer',
      footer: "You're receiving this e-mail because you agreed to hear about offers from {bank}.",
      sms: '{bank}: loan of up to {amount} pre-approved until {expires}. Representative APR {exApr}. Details in the app. Reply STOP to opt out.',
      pushTitle: 'Pre-approved: a loan of up to {amount}',
      pushBody:
        'Your personal loan offer is valid until {expires}. See your rate and repayments in the app. Representative APR {exApr}.',
    },
    id: {
      subject: 'Anda mendapat penawaran pinjaman pra-disetujui hingga {amount}',
      preheader: 'Penawaran ini berlaku hingga {expires}.',
      heading: 'Pinjaman hingga {amount}, siap kapan pun Anda butuhkan',
      p1: 'Kabar baik: berdasarkan pengelolaan rekening Anda, Anda mendapat penawaran pinjaman pribadi pra-disetujui hingga {amount}.',
      p2: 'Lihat suku bunga dan cicilan bulanan Anda sebelum memutuskan. Persetujuan akhir bergantung pada hasil analisis kredit.',
      p3: 'Penawaran ini berlaku hingga {expires}.',
      p4: 'Contoh representatif: pinjaman {exBorrowed} selama {exTerm, plural, other {# bulan}} dengan suku bunga tetap {exRate} per tahun, cicilan {exMonthly} per bulan, total pembayaran {exTotal}. APR representatif {exApr}.',
      cta: 'Lihat penawaran saya',
      footer: 'Anda menerima email ini karena Anda bersedia menerima penawaran dari {bank}.',
      sms: '{bank}: Anda mendapat penawaran pinjaman pra-disetujui hingga {amount}, berlaku s.d. {expires}. APR representatif {exApr}. Balas STOP untuk berhenti.',
      pushTitle: 'Pinjaman pra-disetujui hingga {amount}',
      pushBody:
        'Penawaran pinjaman pribadi Anda berlaku hingga {expires}. Lihat suku bunga dan cicilannya di aplikasi. APR representatif {exApr}.',
    },
    ar: {
      subject: 'لديك موافقة مبدئية على قرض يصل إلى {amount}',
      preheader: 'عرضك متاح حتى {expires}.',
      heading: 'قرض يصل إلى {amount}، جاهز متى احتجت إليه',
      p1: 'خبر سار: بناءً على طريقة إدارتك لحسابك، حصلت على موافقة مبدئية على قرض شخصي يصل إلى {amount}.',
      p2: 'يمكنك الاطلاع على سعر الفائدة الخاص بك وأقساطك الشهرية قبل اتخاذ قرارك. تخضع الموافقة النهائية لتقييم ائتماني.',
      p3: 'هذا العرض سارٍ حتى {expires}.',
      p4: 'مثال تمثيلي: عند اقتراض {exBorrowed} لمدة {exTerm, plural, one {شهر واحد} two {شهرين} few {# أشهر} other {# شهرًا}} بسعر فائدة ثابت {exRate} سنويًا، يكون القسط الشهري {exMonthly} والمبلغ الإجمالي المستحق {exTotal}. معدل النسبة السنوية التمثيلي {exApr}.',
      cta: 'تفاصيل العرض',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي العروض من {bank}.',
      sms: '{bank}: قرض معتمد مبدئيًا حتى {amount}، صالح إلى {expires}. المعدل السنوي التمثيلي {exApr}. للإلغاء: STOP',
      pushTitle: 'موافقة مبدئية على قرض يصل إلى {amount}',
      pushBody:
        'عرض القرض الشخصي متاح حتى {expires}. تجد سعر الفائدة والأقساط في التطبيق. معدل النسبة السنوية التمثيلي {exApr}.',
    },
    ro: {
      subject: 'Aveți un credit preaprobat de până la {amount}',
      preheader: 'Oferta este valabilă până la {expires}.',
      heading: 'Un credit de până la {amount}, pregătit pentru dumneavoastră',
      p1: 'Vești bune: pe baza modului în care vă administrați contul, aveți un credit de nevoi personale preaprobat de până la {amount}.',
      p2: 'Vedeți dobânda și rata lunară înainte să decideți. Aprobarea finală depinde de analiza de credit.',
      p3: 'Oferta este valabilă până la {expires}.',
      p4: 'Exemplu reprezentativ: pentru un credit de {exBorrowed} pe {exTerm, plural, one {# lună} few {# luni} other {# de luni}}, cu o dobândă fixă de {exRate} pe an, rata lunară este {exMonthly}, iar suma totală de plată este {exTotal}. DAE reprezentativă: {exApr}.',
      cta: 'Vedeți oferta',
      footer: 'Primiți acest e-mail pentru că ați acceptat să primiți oferte de la {bank}.',
      sms: '{bank}: aveți un credit preaprobat de până la {amount}, valabil până la {expires}. DAE reprezentativă {exApr}. Răspundeți STOP pentru dezabonare.',
      pushTitle: 'Credit preaprobat de până la {amount}',
      pushBody:
        'Oferta de credit de nevoi personale este valabilă până la {expires}. Vedeți dobânda și rata în aplicație. DAE reprezentativă: {exApr}.',
    },
    vi: {
      subject: 'Quý khách được phê duyệt trước khoản vay lên đến {amount}',
      preheader: 'Ưu đãi có hiệu lực đến {expires}.',
      heading: 'Khoản vay lên đến {amount}, sẵn sàng khi Quý khách cần',
      p1: 'Tin vui: dựa trên cách Quý khách quản lý tài khoản, Quý khách đã được phê duyệt trước khoản vay tiêu dùng lên đến {amount}.',
      p2: 'Quý khách có thể xem lãi suất và số tiền trả góp hằng tháng trước khi quyết định. Việc phê duyệt chính thức phụ thuộc vào kết quả thẩm định tín dụng.',
      p3: 'Ưu đãi có hiệu lực đến {expires}.',
      p4: 'Ví dụ minh họa: khoản vay {exBorrowed} trong {exTerm, plural, other {# tháng}} với lãi suất cố định {exRate}/năm, trả góp {exMonthly} mỗi tháng, tổng số tiền phải trả {exTotal}. Lãi suất thực tế hằng năm (APR) đại diện: {exApr}.',
      cta: 'Xem ưu đãi',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin ưu đãi từ {bank}.',
      sms: '{bank}: Quý khách được duyệt trước khoản vay đến {amount}, hiệu lực đến {expires}. APR đại diện {exApr}. Trả lời STOP để từ chối.',
      pushTitle: 'Được duyệt trước khoản vay đến {amount}',
      pushBody:
        'Ưu đãi vay tiêu dùng của Quý khách có hiệu lực đến {expires}. Xem lãi suất và khoản trả góp trong ứng dụng. APR đại diện: {exApr}.',
    },
    de: {
      subject: 'Ihr vorab genehmigter Kredit über bis zu {amount}',
      preheader: 'Ihr Angebot gilt bis zum {expires}.',
      heading: 'Bis zu {amount} – bereit, wenn Sie es sind',
      p1: 'Gute Nachrichten: Auf Grundlage Ihrer Kontoführung haben wir Ihnen einen Ratenkredit über bis zu {amount} vorab genehmigt.',
      p2: 'Sehen Sie sich Ihren persönlichen Zinssatz und Ihre monatliche Rate an, bevor Sie sich entscheiden. Die endgültige Zusage hängt von einer Bonitätsprüfung ab.',
      p3: 'Das Angebot gilt bis zum {expires}.',
      p4: 'Repräsentatives Beispiel: Bei einem Nettodarlehensbetrag von {exBorrowed}, einer Laufzeit von {exTerm, plural, one {# Monat} other {# Monaten}} und einem festen Sollzins von {exRate} p. a. zahlen Sie monatlich {exMonthly}, insgesamt {exTotal}. Effektiver Jahreszins: {exApr}.',
      cta: 'Mein Angebot ansehen',
      footer: 'Sie erhalten diese E-Mail, weil Sie eingewilligt haben, Angebote von {bank} zu erhalten.',
      sms: '{bank}: Ihr Kredit über bis zu {amount} ist vorab genehmigt, gültig bis {expires}. Effektiver Jahreszins {exApr}. Abmelden: STOP.',
      pushTitle: 'Vorab genehmigt: bis zu {amount}',
      pushBody:
        'Ihr Kreditangebot gilt bis zum {expires}. Zinssatz und Rate sehen Sie in der App. Effektiver Jahreszins: {exApr}.',
    },
  },
  variants: {
    B: {
      en: {
        subject: 'Make your plans happen with up to {amount}, already pre-approved',
        cta: 'Check my rate',
        pushTitle: 'Up to {amount} for your plans',
      },
      id: {
        subject: 'Wujudkan rencana Anda dengan dana hingga {amount}, sudah pra-disetujui',
        cta: 'Cek suku bunga saya',
        pushTitle: 'Dana hingga {amount} untuk rencana Anda',
      },
      ar: {
        subject: 'حقق خططك بقرض يصل إلى {amount}، بموافقة مبدئية',
        cta: 'اعرف سعر الفائدة',
        pushTitle: 'حتى {amount} لتحقيق خططك',
      },
      ro: {
        subject: 'Finanțare preaprobată de până la {amount} pentru planurile dumneavoastră',
        cta: 'Aflați dobânda',
        pushTitle: 'Până la {amount} pentru planurile dvs.',
      },
      vi: {
        subject: 'Hiện thực hóa kế hoạch của Quý khách với khoản vay đến {amount}, đã được duyệt trước',
        cta: 'Xem lãi suất của tôi',
        pushTitle: 'Đến {amount} cho kế hoạch của Quý khách',
      },
      de: {
        subject: 'Bis zu {amount} für Ihre Pläne – bereits vorab genehmigt',
        cta: 'Meinen Zinssatz prüfen',
        pushTitle: 'Bis zu {amount} für Ihre Pläne',
      },
    },
  },
});
