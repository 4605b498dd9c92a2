// balance.overdraft: the balance went below zero.
// Arguments (render.ts): {account} last four characters, {balance} the
// (negative) balance, {overdrawnBy} how far below zero, {limitState} `within` / `over` an arranged
// overdraft or `none`, {overdraftLimit} and {remaining} (what is left of it; empty when `none`/`over`).
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    // v2: the account is a parameter of its own, named with or without its last four digits
    // (`accountLast4`); a changed body is a new approval, so a new name.
    template: 'herald_balance_overdraft_v2',
    category: 'UTILITY',
    example: ['your account ending 1001', '-£120.50'],
    body: {
      en: 'Overdraft alert: {{1}} is overdrawn and the balance is now {{2}}. Paying in money soon helps you avoid overdraft charges.',
      id: 'Peringatan cerukan: {{1}} mengalami cerukan, saldonya kini {{2}}. Segera setor dana agar terhindar dari biaya cerukan.',
      ar: 'تنبيه السحب على المكشوف: {{1}} مكشوف، ورصيده الآن {{2}}. إيداع مبلغ في أقرب وقت يساعدك على تجنّب رسوم السحب على المكشوف.',
      ro: 'Alertă de sold negativ: {{1}} are sold negativ, soldul este acum {{2}}. Alimentați contul cât mai curând pentru a evita costurile de descoperit.',
      vi: 'Cảnh báo thấu chi: {{1}} đang bị thấu chi, số dư hiện là {{2}}. Quý khách vui lòng nạp tiền sớm để tránh phí thấu chi.',
      de: 'Überziehungs-Alarm: {{1}} ist im Minus, der Kontostand beträgt jetzt {{2}}. Zahlen Sie bald Geld ein, um Überziehungskosten zu vermeiden.',
    },
  },
  messages: {
    en: {
      subject: 'Your account{hasAccount, select, yes { ending {account}} other {}} is overdrawn',
      preheader: 'Your balance is {balance}. Paying in money soon helps you avoid charges.',
      heading: "You're overdrawn by {overdrawnBy}",
      p1: 'Your account{hasAccount, select, yes { ending {account}} other {}} has gone below zero. The balance is now {balance}.',
      p2: '{limitState, select, within {You have {remaining} of your {overdraftLimit} arranged overdraft left.} over {You have gone over your {overdraftLimit} arranged overdraft, so some payments may be declined.} other {}}',
      p3: 'Paying money into this account as soon as you can helps you avoid overdraft interest and fees.',
      cta: 'View your account',
      footer:
        "You're receiving this e-mail because it concerns the balance of your account with {bank}. We send it to help you avoid charges.",
      sms: '{bank}: your account{hasAccount, select, yes { ending {account}} other {}} is overdrawn. Balance: {balance}. Pay in money soon to avoid charges.',
      pushTitle: "You're overdrawn by {overdrawnBy}",
      pushBody:
        'Your account{hasAccount, select, yes { ending {account}} other {}} is below zero. Pay in money soon to avoid charges.',
      wa2: '{balance}',
      wa1: '{hasAccount, select, yes {your account ending {account}} other {your account}}',
    },
    id: {
      subject:
        'Rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} mengalami cerukan',
      preheader: 'Saldo Anda {balance}. Segera setor dana agar terhindar dari biaya.',
      heading: 'Saldo Anda minus {overdrawnBy}',
      p1: 'Saldo rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} sudah di bawah nol. Saldo saat ini {balance}.',
      p2: '{limitState, select, within {Sisa fasilitas cerukan Anda {remaining} dari limit {overdraftLimit}.} over {Anda telah melampaui limit fasilitas cerukan sebesar {overdraftLimit}, sehingga sebagian pembayaran dapat ditolak.} other {}}',
      p3: 'Segera setor dana ke rekening ini agar Anda terhindar dari bunga dan biaya cerukan.',
      cta: 'Lihat rekening Anda',
      footer:
        'Anda menerima email ini karena berkaitan dengan saldo rekening Anda di {bank}. Kami mengirimkannya agar Anda terhindar dari biaya.',
      sms: '{bank}: rekening{hasAccount, select, yes { berakhiran {account}} other {}} mengalami cerukan. Saldo: {balance}. Segera setor dana agar terhindar dari biaya.',
      pushTitle: 'Saldo Anda minus {overdrawnBy}',
      pushBody:
        'Saldo rekening{hasAccount, select, yes { berakhiran {account}} other {}} di bawah nol. Segera setor dana agar terhindar dari biaya.',
      wa1: '{hasAccount, select, yes {rekening Anda yang berakhiran {account}} other {rekening Anda}}',
    },
    ar: {
      subject: 'حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} مكشوف',
      preheader: 'رصيدك {balance}. إيداع مبلغ قريبًا يساعدك على تجنّب الرسوم.',
      heading: 'حسابك مكشوف بمبلغ {overdrawnBy}',
      p1: 'انخفض رصيد حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} إلى ما دون الصفر، وأصبح الآن {balance}.',
      p2: '{limitState, select, within {المتبقي من حد السحب على المكشوف المتفق عليه {remaining} من أصل {overdraftLimit}.} over {لقد تجاوزت حد السحب على المكشوف المتفق عليه البالغ {overdraftLimit}، لذا قد تُرفض بعض المدفوعات.} other {}}',
      p3: 'إيداع مبلغ في هذا الحساب في أقرب وقت ممكن يساعدك على تجنّب فوائد ورسوم السحب على المكشوف.',
      cta: 'عرض حسابك',
      footer: 'تصلك هذه الرسالة لأنها تتعلق برصيد حسابك لدى {bank}. نرسلها لمساعدتك على تجنّب الرسوم.',
      sms: '{bank}: حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} مكشوف ورصيده {balance}، يرجى الإيداع قريبًا لتجنّب الرسوم.',
      pushTitle: 'حسابك مكشوف بمبلغ {overdrawnBy}',
      pushBody:
        'رصيد حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} دون الصفر. يرجى الإيداع قريبًا لتجنّب الرسوم.',
      wa1: '{hasAccount, select, yes {حسابك المنتهي بـ {account}} other {حسابك}}',
    },
    ro: {
      subject: 'Contul{hasAccount, select, yes { care se termină în {account}} other {}} are sold negativ',
      preheader: 'Soldul este {balance}. Alimentați contul cât mai curând pentru a evita costurile.',
      heading: 'Ați depășit soldul cu {overdrawnBy}',
      p1: 'Soldul contului{hasAccount, select, yes { care se termină în {account}} other {}} a scăzut sub zero. Soldul este acum {balance}.',
      p2: '{limitState, select, within {Mai aveți disponibil {remaining} din descoperitul de cont aprobat de {overdraftLimit}.} over {Ați depășit descoperitul de cont aprobat de {overdraftLimit}, așa că unele plăți pot fi refuzate.} other {}}',
      p3: 'Alimentați acest cont cât mai curând pentru a evita dobânzile și comisioanele de descoperit de cont.',
      cta: 'Vedeți contul',
      footer:
        'Primiți acest e-mail pentru că privește soldul contului dumneavoastră la {bank}. Vi-l trimitem ca să evitați costurile suplimentare.',
      sms: '{bank}: contul{hasAccount, select, yes { care se termină în {account}} other {}} are sold negativ: {balance}. Alimentați contul cât mai curând pentru a evita costurile.',
      pushTitle: 'Sold negativ: {balance}',
      pushBody:
        'Contul{hasAccount, select, yes { care se termină în {account}} other {}} are sold negativ. Alimentați-l cât mai curând pentru a evita costurile.',
      wa1: '{hasAccount, select, yes {contul care se termină în {account}} other {contul dumneavoastră}}',
    },
    vi: {
      subject: 'Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} đang bị thấu chi',
      preheader: 'Số dư hiện là {balance}. Nạp tiền sớm giúp Quý khách tránh phát sinh phí.',
      heading: 'Tài khoản của Quý khách đang âm {overdrawnBy}',
      p1: 'Số dư tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} của Quý khách đã xuống dưới 0. Số dư hiện là {balance}.',
      p2: '{limitState, select, within {Hạn mức thấu chi còn lại của Quý khách là {remaining} trên tổng hạn mức {overdraftLimit}.} over {Quý khách đã vượt hạn mức thấu chi {overdraftLimit}, vì vậy một số giao dịch thanh toán có thể bị từ chối.} other {}}',
      p3: 'Quý khách vui lòng nạp tiền vào tài khoản này sớm nhất có thể để tránh lãi và phí thấu chi.',
      cta: 'Xem tài khoản',
      footer:
        'Quý khách nhận được email này vì nội dung liên quan đến số dư tài khoản của Quý khách tại {bank}. Chúng tôi gửi thông báo này để giúp Quý khách tránh phát sinh phí.',
      sms: '{bank}: tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} đang bị thấu chi. Số dư: {balance}. Vui lòng nạp tiền sớm để tránh phí.',
      pushTitle: 'Tài khoản đang âm {overdrawnBy}',
      pushBody:
        'Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} có số dư dưới 0. Vui lòng nạp tiền sớm để tránh phí.',
      wa1: '{hasAccount, select, yes {tài khoản có số đuôi {account} của Quý khách} other {tài khoản của Quý khách}}',
    },
    de: {
      subject: 'Ihr Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} ist im Minus',
      preheader: 'Ihr Kontostand beträgt {balance}. Zahlen Sie bald Geld ein, um Kosten zu vermeiden.',
      heading: 'Ihr Konto ist mit {overdrawnBy} im Minus',
      p1: 'Der Kontostand Ihres Kontos{hasAccount, select, yes { mit den Endziffern {account}} other {}} ist unter null gefallen und beträgt jetzt {balance}.',
      p2: '{limitState, select, within {Von Ihrem Dispositionskredit über {overdraftLimit} stehen Ihnen noch {remaining} zur Verfügung.} over {Sie haben Ihren Dispositionskredit über {overdraftLimit} überschritten. Deshalb können Zahlungen abgelehnt werden.} other {}}',
      p3: 'Zahlen Sie möglichst bald Geld auf dieses Konto ein, um Zinsen und Gebühren für die Überziehung zu vermeiden.',
      cta: 'Zum Konto',
      footer:
        'Sie erhalten diese E-Mail, weil sie den Kontostand Ihres Kontos bei {bank} betrifft. Wir senden sie Ihnen, damit Sie Kosten vermeiden können.',
      sms: '{bank}: Ihr Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} ist im Minus. Kontostand: {balance}. Bitte zahlen Sie bald Geld ein, um Kosten zu vermeiden.',
      pushTitle: 'Ihr Konto ist mit {overdrawnBy} im Minus',
      pushBody:
        'Ihr Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} ist unter null. Zahlen Sie bald Geld ein, um Kosten zu vermeiden.',
      wa1: '{hasAccount, select, yes {Ihr Konto mit den Endziffern {account}} other {Ihr Konto}}',
    },
  },
});
