// payment_due.reminder: a bill falls due (Payment.Due). Sent some days before the due date (3 by default) and
// on it, at the local morning time, unless the bill is paid or on autopay; every channel invites the
// customer to set up autopay.
// Arguments (render.ts): {amount} the bill's amount; {date} the due
// date ("12 March 2026"); {when} `today` on the due date, else `before`; {hasMinimum} `yes`/`no` with
// {minimum}, the minimum payment when the bank gives one.
//
// WhatsApp: the amount and when it is due ("on 12 March 2026", "today (12 March 2026)"), and a quick reply
// "Set up autopay" (`autopay`, at most 25 characters) whose payload names the customer and the bill. A tap
// does not switch autopay on: Herald tells the bank (Payment.AutopayRequested), whose app or advisers
// follow up, so the copy invites and never says autopay is on.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    template: 'herald_payment_due_reminder',
    category: 'UTILITY',
    example: ['£1,250.00', 'on 12 March 2026'],
    quickReplies: ['autopay'],
    body: {
      en: 'Payment reminder: your bill of {{1}} is due {{2}}. If you have already paid it, thank you. Would you like us to pay your bills on their due date for you? Tap "Set up autopay" below.',
      id: 'Pengingat pembayaran: tagihan Anda sebesar {{1}} jatuh tempo {{2}}. Jika sudah Anda bayar, terima kasih. Ingin tagihan Anda kami bayar otomatis pada tanggal jatuh temponya? Ketuk "Atur pembayaran otomatis" di bawah.',
      ar: 'تذكير بالدفع: فاتورتك البالغة {{1}} يستحق سدادها {{2}}. إذا كنت قد سددتها فشكرًا لك. هل تريد أن نسدد فواتيرك في موعد استحقاقها نيابة عنك؟ اختر «تفعيل الدفع التلقائي» أدناه.',
      ro: 'Memento de plată: factura de {{1}} este scadentă {{2}}. Dacă ați plătit-o deja, vă mulțumim. Doriți să vă plătim facturile automat, în ziua scadenței? Alegeți „Activați plata automată” mai jos.',
      vi: 'Nhắc thanh toán: hóa đơn {{1}} của Quý khách đến hạn {{2}}. Nếu Quý khách đã thanh toán, xin cảm ơn. Để hóa đơn được thanh toán tự động đúng ngày đến hạn, Quý khách vui lòng chọn “Bật thanh toán tự động” bên dưới.',
      de: 'Zahlungserinnerung: Ihre Rechnung über {{1}} ist {{2}} fällig. Falls Sie sie schon bezahlt haben, vielen Dank. Sollen wir Ihre Rechnungen künftig automatisch am Fälligkeitstag begleichen? Tippen Sie unten auf „Zahlung automatisieren“.',
    },
  },
  messages: {
    en: {
      subject:
        '{when, select, today {Your bill of {amount} is due today} other {Your bill of {amount} is due on {date}}}',
      preheader: 'Set up autopay and never miss a due date.',
      heading: '{when, select, today {Payment due today} other {Payment due on {date}}}',
      p1: '{when, select, today {Your bill of {amount} is due today, {date}.} other {Your bill of {amount} is due on {date}.}}{hasMinimum, select, yes { The minimum payment is {minimum}.} other {}}',
      p2: 'If you have already paid it, thank you: there is nothing more to do.',
      p3: 'With autopay we pay your bills on their due date for you, so you never pay late.',
      cta: 'Set up autopay',
      footer: "You're receiving this e-mail because you have a bill with {bank} that is due soon.",
      sms: '{bank}: your bill of {amount} is due {when, select, today {today} other {on {date}}}. Already paid? Thank you. Set up autopay in the app.',
      pushTitle: '{when, select, today {Bill due today} other {Bill due on {date}}}',
      pushBody:
        'Your bill of {amount} is due {when, select, today {today} other {on {date}}}. Set up autopay in the app and never pay late.',
      autopay: 'Set up autopay',
      wa1: '{amount}',
      wa2: '{when, select, today {today ({date})} other {on {date}}}',
    },
    id: {
      subject:
        '{when, select, today {Tagihan Anda sebesar {amount} jatuh tempo hari ini} other {Tagihan Anda sebesar {amount} jatuh tempo pada {date}}}',
      preheader: 'Aktifkan pembayaran otomatis agar tidak pernah terlambat.',
      heading:
        '{when, select, today {Pembayaran jatuh tempo hari ini} other {Pembayaran jatuh tempo pada {date}}}',
      p1: '{when, select, today {Tagihan Anda sebesar {amount} jatuh tempo hari ini, {date}.} other {Tagihan Anda sebesar {amount} jatuh tempo pada {date}.}}{hasMinimum, select, yes { Pembayaran minimum adalah {minimum}.} other {}}',
      p2: 'Jika Anda sudah membayarnya, terima kasih: tidak ada lagi yang perlu dilakukan.',
      p3: 'Dengan pembayaran otomatis, kami membayar tagihan Anda pada tanggal jatuh temponya, sehingga Anda tidak pernah terlambat.',
      cta: 'Aktifkan pembayaran otomatis',
      footer: 'Anda menerima email ini karena tagihan Anda di {bank} akan jatuh tempo.',
      sms: '{bank}: tagihan Anda sebesar {amount} jatuh tempo {when, select, today {hari ini} other {pada {date}}}. Sudah dibayar? Terima kasih. Aktifkan pembayaran otomatis di aplikasi.',
      pushTitle: '{when, select, today {Tagihan jatuh tempo hari ini} other {Tagihan jatuh tempo {date}}}',
      pushBody:
        'Tagihan Anda sebesar {amount} jatuh tempo {when, select, today {hari ini} other {pada {date}}}. Aktifkan pembayaran otomatis di aplikasi.',
      autopay: 'Atur pembayaran otomatis',
      wa2: '{when, select, today {hari ini ({date})} other {pada {date}}}',
    },
    ar: {
      subject:
        '{when, select, today {يستحق سداد فاتورتك البالغة {amount} اليوم} other {يستحق سداد فاتورتك البالغة {amount} في {date}}}',
      preheader: 'فعّل الدفع التلقائي ولا تفوّت موعد استحقاق أبدًا.',
      heading: '{when, select, today {دفعة مستحقة اليوم} other {دفعة مستحقة في {date}}}',
      p1: '{when, select, today {يستحق سداد فاتورتك البالغة {amount} اليوم، {date}.} other {يستحق سداد فاتورتك البالغة {amount} في {date}.}}{hasMinimum, select, yes { الحد الأدنى للدفع هو {minimum}.} other {}}',
      p2: 'إذا كنت قد سددتها بالفعل فشكرًا لك: لا حاجة إلى أي إجراء آخر.',
      p3: 'مع الدفع التلقائي نسدد فواتيرك في موعد استحقاقها نيابة عنك، فلا تتأخر أبدًا.',
      cta: 'تفعيل الدفع التلقائي',
      footer: 'تصلك هذه الرسالة لأن إحدى فواتيرك لدى {bank} يحين موعد استحقاقها.',
      sms: '{bank}: يستحق سداد فاتورتك البالغة {amount} {when, select, today {اليوم} other {في {date}}}. سددتها؟ شكرًا لك. فعّل الدفع التلقائي في التطبيق.',
      pushTitle: '{when, select, today {فاتورة مستحقة اليوم} other {فاتورة مستحقة في {date}}}',
      pushBody:
        'يستحق سداد فاتورتك البالغة {amount} {when, select, today {اليوم} other {في {date}}}. فعّل الدفع التلقائي في التطبيق.',
      autopay: 'تفعيل الدفع التلقائي',
      wa2: '{when, select, today {اليوم ({date})} other {في {date}}}',
    },
    ro: {
      subject:
        '{when, select, today {Factura de {amount} este scadentă astăzi} other {Factura de {amount} este scadentă pe {date}}}',
      preheader: 'Activați plata automată și nu mai ratați nicio scadență.',
      heading: '{when, select, today {Plată scadentă astăzi} other {Plată scadentă pe {date}}}',
      p1: '{when, select, today {Factura dumneavoastră de {amount} este scadentă astăzi, {date}.} other {Factura dumneavoastră de {amount} este scadentă pe {date}.}}{hasMinimum, select, yes { Plata minimă este de {minimum}.} other {}}',
      p2: 'Dacă ați plătit-o deja, vă mulțumim: nu mai trebuie să faceți nimic.',
      p3: 'Cu plata automată plătim facturile în ziua scadenței în locul dumneavoastră, ca să nu plătiți niciodată cu întârziere.',
      cta: 'Activează plata automată',
      footer: 'Primiți acest e-mail pentru că o factură a dumneavoastră la {bank} ajunge la scadență.',
      sms: '{bank}: factura de {amount} este scadentă {when, select, today {astăzi} other {pe {date}}}. Ați plătit deja? Vă mulțumim. Activați plata automată în aplicație.',
      pushTitle: '{when, select, today {Factură scadentă astăzi} other {Factură scadentă pe {date}}}',
      pushBody:
        'Factura de {amount} este scadentă {when, select, today {astăzi} other {pe {date}}}. Activați plata automată în aplicație.',
      autopay: 'Activați plata automată',
      wa2: '{when, select, today {astăzi, {date}} other {pe {date}}}',
    },
    vi: {
      subject:
        '{when, select, today {Hóa đơn {amount} của Quý khách đến hạn hôm nay} other {Hóa đơn {amount} của Quý khách đến hạn vào {date}}}',
      preheader: 'Cài đặt thanh toán tự động để không bao giờ trễ hạn.',
      heading:
        '{when, select, today {Khoản thanh toán đến hạn hôm nay} other {Khoản thanh toán đến hạn vào {date}}}',
      p1: '{when, select, today {Hóa đơn {amount} của Quý khách đến hạn hôm nay, {date}.} other {Hóa đơn {amount} của Quý khách đến hạn vào {date}.}}{hasMinimum, select, yes { Số tiền thanh toán tối thiểu là {minimum}.} other {}}',
      p2: 'Nếu Quý khách đã thanh toán, xin cảm ơn: Quý khách không cần làm gì thêm.',
      p3: 'Với thanh toán tự động, chúng tôi thanh toán hóa đơn đúng ngày đến hạn thay Quý khách, để Quý khách không bao giờ bị trễ hạn.',
      cta: 'Cài đặt thanh toán tự động',
      footer: 'Quý khách nhận được email này vì một hóa đơn của Quý khách tại {bank} sắp đến hạn.',
      sms: '{bank}: hóa đơn {amount} của Quý khách đến hạn {when, select, today {hôm nay} other {vào {date}}}. Đã thanh toán? Xin cảm ơn. Cài đặt thanh toán tự động trên ứng dụng.',
      pushTitle: '{when, select, today {Hóa đơn đến hạn hôm nay} other {Hóa đơn đến hạn vào {date}}}',
      pushBody:
        'Hóa đơn {amount} của Quý khách đến hạn {when, select, today {hôm nay} other {vào {date}}}. Cài đặt thanh toán tự động trên ứng dụng.',
      autopay: 'Bật thanh toán tự động',
      wa2: '{when, select, today {hôm nay ({date})} other {vào {date}}}',
    },
    de: {
      subject:
        '{when, select, today {Ihre Rechnung über {amount} ist heute fällig} other {Ihre Rechnung über {amount} ist am {date} fällig}}',
      preheader: 'Mit der automatischen Zahlung verpassen Sie keinen Fälligkeitstermin.',
      heading: '{when, select, today {Zahlung heute fällig} other {Zahlung am {date} fällig}}',
      p1: '{when, select, today {Ihre Rechnung über {amount} ist heute, am {date}, fällig.} other {Ihre Rechnung über {amount} ist am {date} fällig.}}{hasMinimum, select, yes { Der Mindestbetrag ist {minimum}.} other {}}',
      p2: 'Falls Sie sie schon bezahlt haben, vielen Dank: Sie müssen nichts weiter tun.',
      p3: 'Mit der automatischen Zahlung begleichen wir Ihre Rechnungen für Sie am Fälligkeitstag, sodass Sie nie zu spät zahlen.',
      cta: 'Automatische Zahlung einrichten',
      footer: 'Sie erhalten diese E-Mail, weil eine Ihrer Rechnungen bei {bank} fällig wird.',
      sms: '{bank}: Ihre Rechnung über {amount} ist {when, select, today {heute} other {am {date}}} fällig. Schon bezahlt? Danke. Automatische Zahlung in der App einrichten.',
      pushTitle: '{when, select, today {Rechnung heute fällig} other {Rechnung am {date} fällig}}',
      pushBody:
        'Ihre Rechnung über {amount} ist {when, select, today {heute} other {am {date}}} fällig. Richten Sie in der App die automatische Zahlung ein.',
      autopay: 'Zahlung automatisieren',
      wa2: '{when, select, today {heute ({date})} other {am {date}}}',
    },
  },
});
