// balance.overdraft: the balance went below zero.
// Arguments (render.ts): {account} last four characters, {balance} the
// (negative) balance, {overdrawnBy} how far below zero, {limitState} `within` / `over` an arranged
// overdraft or `none`, {overdraftLimit} and {remaining} (what is left of it; empty when `none`/`over`).
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    template: 'herald_balance_overdraft',
    category: 'UTILITY',
    example: ['1001', '-£120.50'],
    body: {
      en: 'Your account ending {{1}} is overdrawn: the balance is now {{2}}. Paying in money soon helps you avoid overdraft charges.',
      id: 'Rekening Anda yang berakhiran {{1}} mengalami cerukan: saldonya kini {{2}}. Segera setor dana agar terhindar dari biaya cerukan.',
      ar: 'حسابك المنتهي بـ {{1}} مكشوف: رصيده الآن {{2}}. إيداع مبلغ في أقرب وقت يساعدك على تجنّب رسوم السحب على المكشوف.',
      ro: 'Contul care se termină în {{1}} are sold negativ: soldul este acum {{2}}. Alimentați contul cât mai curând pentru a evita costurile de descoperit.',
      vi: 'Tài khoản có số đuôi {{1}} của Quý khách đang bị thấu chi: số dư hiện là {{2}}. Quý khách vui lòng nạp tiền sớm để tránh phí thấu chi.',
      de: 'Ihr Konto mit den Endziffern {{1}} ist im Minus: Der Kontostand beträgt jetzt {{2}}. Zahlen Sie bald Geld ein, um Überziehungskosten zu vermeiden.',
    },
  },
  messages: {
    en: {
      subject: 'Your account ending {account} is overdrawn',
      preheader: 'Your balance is {balance}. Paying in money soon helps you avoid charges.',
      heading: "You're overdrawn by {overdrawnBy}",
      p1: 'Your account ending {account} has gone below zero. The balance is now {balance}.',
      p2: '{limitState, select, within {You have {remaining} of your {overdraftLimit} arranged overdraft left.} over {You have gone over your {overdraftLimit} arranged overdraft, so some payments may be declined.} other {}}',
      p3: 'Paying money into this account as soon as you can helps you avoid overdraft interest and fees.',
      cta: 'View your account',
      footer:
        'You receive this e-mail because it concerns the balance of your account with {bank}. We send it to help you avoid charges.',
      sms: '{bank}: your account ending {account} is overdrawn. Balance: {balance}. Pay in money soon to avoid charges.',
      pushTitle: "You're overdrawn by {overdrawnBy}",
      pushBody: 'Your account ending {account} is below zero. Pay in money soon to avoid charges.',
      wa1: '{account}',
      wa2: '{balance}',
    },
    id: {
      subject: 'Rekening Anda yang berakhiran {account} mengalami cerukan',
      preheader: 'Saldo Anda {balance}. Segera setor dana agar terhindar dari biaya.',
      heading: 'Saldo Anda minus {overdrawnBy}',
      p1: 'Saldo rekening Anda yang berakhiran {account} sudah di bawah nol. Saldo saat ini {balance}.',
      p2: '{limitState, select, within {Sisa fasilitas cerukan Anda {remaining} dari limit {overdraftLimit}.} over {Anda telah melampaui limit fasilitas cerukan sebesar {overdraftLimit}, sehingga sebagian pembayaran dapat ditolak.} other {}}',
      p3: 'Segera setor dana ke rekening ini agar Anda terhindar dari bunga dan biaya cerukan.',
      cta: 'Lihat rekening Anda',
      footer:
        'Anda menerima email ini karena berkaitan dengan saldo rekening Anda di {bank}. Kami mengirimkannya agar Anda terhindar dari biaya.',
      sms: '{bank}: rekening berakhiran {account} mengalami cerukan. Saldo: {balance}. Segera setor dana agar terhindar dari biaya.',
      pushTitle: 'Saldo Anda minus {overdrawnBy}',
      pushBody:
        'Saldo rekening berakhiran {account} di bawah nol. Segera setor dana agar terhindar dari biaya.',
    },
    ar: {
      subject: 'حسابك المنتهي بـ {account} مكشوف',
      preheader: 'رصيدك {balance}. إيداع مبلغ قريبًا يساعدك على تجنّب الرسوم.',
      heading: 'حسابك مكشوف بمبلغ {overdrawnBy}',
      p1: 'انخفض رصيد حسابك المنتهي بـ {account} إلى ما دون الصفر، وأصبح الآن {balance}.',
      p2: '{limitState, select, within {المتبقي من حد السحب على المكشوف المتفق عليه {remaining} من أصل {overdraftLimit}.} over {لقد تجاوزت حد السحب على المكشوف المتفق عليه البالغ {overdraftLimit}، لذا قد تُرفض بعض المدفوعات.} other {}}',
      p3: 'إيداع مبلغ في هذا الحساب في أقرب وقت ممكن يساعدك على تجنّب فوائد ورسوم السحب على المكشوف.',
      cta: 'عرض حسابك',
      footer: 'تصلك هذه الرسالة لأنها تتعلق برصيد حسابك لدى {bank}. نرسلها لمساعدتك على تجنّب الرسوم.',
      sms: '{bank}: حسابك المنتهي بـ {account} مكشوف ورصيده {balance}، يرجى الإيداع قريبًا لتجنّب الرسوم.',
      pushTitle: 'حسابك مكشوف بمبلغ {overdrawnBy}',
      pushBody: 'رصيد حسابك المنتهي بـ {account} دون الصفر. يرجى الإيداع قريبًا لتجنّب الرسوم.',
    },
    ro: {
      subject: 'Contul care se termină în {account} are sold negativ',
      preheader: 'Soldul este {balance}. Alimentați contul cât mai curând pentru a evita costurile.',
      heading: 'Ați depășit soldul cu {overdrawnBy}',
      p1: 'Soldul contului care se termină în {account} a scăzut sub zero. Soldul este acum {balance}.',
      p2: '{limitState, select, within {Mai aveți disponibil {remaining} din descoperitul de cont aprobat de {overdraftLimit}.} over {Ați depășit descoperitul de cont aprobat de {overdraftLimit}, așa că unele plăți pot fi refuzate.} other {}}',
      p3: 'Alimentați acest cont cât mai curând pentru a evita dobânzile și comisioanele de descoperit de cont.',
      cta: 'Vedeți contul',
      footer:
        'Primiți acest e-mail pentru că privește soldul contului dumneavoastră la {bank}. Vi-l trimitem ca să evitați costurile suplimentare.',
      sms: '{bank}: contul care se termină în {account} are sold negativ: {balance}. Alimentați contul cât mai curând pentru a evita costurile.',
      pushTitle: 'Sold negativ: {balance}',
      pushBody:
        'Contul care se termină în {account} are sold negativ. Alimentați-l cât mai curând pentru a evita costurile.',
    },
    vi: {
      subject: 'Tài khoản có số đuôi {account} đang bị thấu chi',
      preheader: 'Số dư hiện là {balance}. Nạp tiền sớm giúp Quý khách tránh phát sinh phí.',
      heading: 'Tài khoản của Quý khách đang âm {overdrawnBy}',
      p1: 'Số dư tài khoản có số đuôi {account} của Quý khách đã xuống dưới 0. Số dư hiện là {balance}.',
      p2: '{limitState, select, within {Hạn mức thấu chi còn lại của Quý khách là {remaining} trên tổng hạn mức {overdraftLimit}.} over {Quý khách đã vượt hạn mức thấu chi {overdraftLimit}, vì vậy một số giao dịch thanh toán có thể bị từ chối.} other {}}',
      p3: 'Quý khách vui lòng nạp tiền vào tài khoản này sớm nhất có thể để tránh lãi và phí thấu chi.',
      cta: 'Xem tài khoản',
      footer:
        'Quý khách nhận được email này vì nội dung liên quan đến số dư tài khoản của Quý khách tại {bank}. Chúng tôi gửi thông báo này để giúp Quý khách tránh phát sinh phí.',
      sms: '{bank}: tài khoản có số đuôi {account} đang bị thấu chi. Số dư: {balance}. Vui lòng nạp tiền sớm để tránh phí.',
      pushTitle: 'Tài khoản đang âm {overdrawnBy}',
      pushBody: 'Tài khoản có số đuôi {account} có số dư dưới 0. Vui lòng nạp tiền sớm để tránh phí.',
    },
    de: {
      subject: 'Ihr Konto mit den Endziffern {account} ist im Minus',
      preheader: 'Ihr Kontostand beträgt {balance}. Zahlen Sie bald Geld ein, um Kosten zu vermeiden.',
      heading: 'Ihr Konto ist mit {overdrawnBy} im Minus',
      p1: 'Der Kontostand Ihres Kontos mit den Endziffern {account} ist unter null gefallen und beträgt jetzt {balance}.',
      p2: '{limitState, select, within {Von Ihrem Dispositionskredit über {overdraftLimit} stehen Ihnen noch {remaining} zur Verfügung.} over {Sie haben Ihren Dispositionskredit über {overdraftLimit} überschritten. Deshalb können Zahlungen abgelehnt werden.} other {}}',
      p3: 'Zahlen Sie möglichst bald Geld auf dieses Konto ein, um Zinsen und Gebühren für die Überziehung zu vermeiden.',
      cta: 'Zum Konto',
      footer:
        'Sie erhalten diese E-Mail, weil sie den Kontostand Ihres Kontos bei {bank} betrifft. Wir senden sie Ihnen, damit Sie Kosten vermeiden können.',
      sms: '{bank}: Ihr Konto mit den Endziffern {account} ist im Minus. Kontostand: {balance}. Bitte zahlen Sie bald Geld ein, um Kosten zu vermeiden.',
      pushTitle: 'Ihr Konto ist mit {overdrawnBy} im Minus',
      pushBody:
        'Ihr Konto mit den Endziffern {account} ist unter null. Zahlen Sie bald Geld ein, um Kosten zu vermeiden.',
    },
  },
});
