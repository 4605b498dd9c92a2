// balance.low: the balance fell below the threshold the customer set.
// Arguments (formatted by render.ts): {account} last four characters of the account, {balance},
// {threshold} amounts with currency; plus {bank}.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    // v2: the account is a parameter of its own, named with or without its last four digits
    // (`accountLast4`); a changed body is a new approval, so a new name.
    template: 'herald_balance_low_v2',
    category: 'UTILITY',
    example: ['your account ending 1001', '£42.10', '£100.00'],
    body: {
      en: 'Low balance alert: the balance of {{1}} is {{2}}, below the {{3}} you set for this alert. You can change your alerts in the app.',
      id: 'Peringatan saldo rendah: saldo {{1}} kini {{2}}, di bawah batas {{3}} yang Anda tetapkan. Anda dapat mengubah peringatan di aplikasi.',
      ar: 'تنبيه انخفاض الرصيد: رصيد {{1}} هو {{2}}، وهو أقل من الحد {{3}} الذي حددته لهذا التنبيه. يمكنك تعديل تنبيهاتك من التطبيق.',
      ro: 'Alertă de sold redus: soldul {{1}} este {{2}}, sub pragul de {{3}} stabilit de dumneavoastră. Puteți modifica alertele din aplicație.',
      vi: 'Cảnh báo số dư thấp: {{1}} có số dư {{2}}, thấp hơn ngưỡng {{3}} Quý khách đã đặt. Quý khách có thể thay đổi cảnh báo trong ứng dụng.',
      de: 'Kontostand-Alarm: {{1}} hat einen Kontostand von {{2}} und liegt damit unter Ihrer Grenze von {{3}}. Ihre Alarme können Sie in der App ändern.',
    },
  },
  messages: {
    en: {
      subject:
        'Your low-balance alert: {balance} in your account{hasAccount, select, yes { ending {account}} other {}}',
      preheader: "That's below the {threshold} you asked us to watch.",
      heading: 'Your balance is below {threshold}',
      p1: 'The balance of your account{hasAccount, select, yes { ending {account}} other {}} is now {balance}, below the {threshold} you set for this alert.',
      p2: 'To avoid declined payments or charges, you may want to move money into this account.',
      cta: 'View your account',
      footer:
        "You're receiving this e-mail because you set up a low-balance alert for this account. You can change or switch off your alerts at any time in the app.",
      sms: '{bank}: the balance of your account{hasAccount, select, yes { ending {account}} other {}} is {balance}, below your {threshold} alert.',
      pushTitle: 'Low balance: {balance}',
      pushBody:
        'Your account{hasAccount, select, yes { ending {account}} other {}} is below the {threshold} you set for this alert.',
      // WhatsApp parameters are values only (the words are in the registered template), so the other
      // languages use these, key by key.
      wa2: '{balance}',
      wa3: '{threshold}',
      wa1: '{hasAccount, select, yes {your account ending {account}} other {your account}}',
    },
    id: {
      subject:
        'Peringatan saldo rendah: saldo rekening{hasAccount, select, yes { berakhiran {account}} other {}} kini {balance}',
      preheader: 'Saldo ini di bawah batas {threshold} yang Anda tetapkan.',
      heading: 'Saldo Anda di bawah {threshold}',
      p1: 'Saldo rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} kini {balance}, di bawah batas {threshold} yang Anda tetapkan untuk peringatan ini.',
      p2: 'Agar pembayaran tidak ditolak atau dikenai biaya, sebaiknya tambahkan dana ke rekening ini.',
      cta: 'Lihat rekening Anda',
      footer:
        'Anda menerima email ini karena Anda mengaktifkan peringatan saldo rendah untuk rekening ini. Anda dapat mengubah atau menonaktifkan peringatan kapan saja di aplikasi.',
      sms: '{bank}: saldo rekening{hasAccount, select, yes { berakhiran {account}} other {}} kini {balance}, di bawah batas peringatan {threshold} Anda.',
      pushTitle: 'Saldo rendah: {balance}',
      pushBody:
        'Saldo rekening{hasAccount, select, yes { berakhiran {account}} other {}} di bawah batas {threshold} yang Anda tetapkan.',
      wa1: '{hasAccount, select, yes {rekening Anda yang berakhiran {account}} other {rekening Anda}}',
    },
    ar: {
      subject:
        'تنبيه انخفاض الرصيد: رصيد حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} هو {balance}',
      preheader: 'وهو أقل من الحد {threshold} الذي طلبت منا مراقبته.',
      heading: 'رصيدك أقل من {threshold}',
      p1: 'أصبح رصيد حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} الآن {balance}، وهو أقل من الحد {threshold} الذي حددته لهذا التنبيه.',
      p2: 'لتجنّب رفض المدفوعات أو فرض رسوم، ننصحك بتحويل مبلغ إلى هذا الحساب.',
      cta: 'عرض حسابك',
      footer:
        'تصلك هذه الرسالة لأنك فعّلت تنبيه انخفاض الرصيد لهذا الحساب. يمكنك تعديل تنبيهاتك أو إيقافها في أي وقت من التطبيق.',
      sms: '{bank}: رصيد حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} هو {balance}، أقل من الحد {threshold} الذي حددته للتنبيه.',
      pushTitle: 'رصيد منخفض: {balance}',
      pushBody:
        'رصيد حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} أقل من الحد {threshold} الذي حددته لهذا التنبيه.',
      wa1: '{hasAccount, select, yes {حسابك المنتهي بـ {account}} other {حسابك}}',
    },
    ro: {
      subject:
        'Alertă de sold redus: {balance} în contul{hasAccount, select, yes { care se termină în {account}} other {}}',
      preheader: 'Soldul a scăzut sub pragul de {threshold} stabilit de dumneavoastră.',
      heading: 'Soldul dumneavoastră este sub {threshold}',
      p1: 'Soldul contului{hasAccount, select, yes { care se termină în {account}} other {}} este acum {balance}, sub pragul de {threshold} pe care l-ați stabilit pentru această alertă.',
      p2: 'Pentru a evita plățile refuzate sau comisioanele, vă recomandăm să alimentați acest cont.',
      cta: 'Vedeți contul',
      footer:
        'Primiți acest e-mail pentru că ați activat alerta de sold redus pentru acest cont. Puteți modifica sau dezactiva alertele oricând, din aplicație.',
      sms: '{bank}: soldul contului{hasAccount, select, yes { care se termină în {account}} other {}} este {balance}, sub pragul alertei de {threshold}.',
      pushTitle: 'Sold redus: {balance}',
      pushBody:
        'Soldul contului{hasAccount, select, yes { care se termină în {account}} other {}} a scăzut sub pragul de {threshold} stabilit de dumneavoastră.',
      wa1: '{hasAccount, select, yes {contului care se termină în {account}} other {contului dumneavoastră}}',
    },
    vi: {
      subject:
        'Cảnh báo số dư thấp: tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} còn {balance}',
      preheader: 'Số dư đã xuống dưới ngưỡng {threshold} mà Quý khách đã đặt.',
      heading: 'Số dư của Quý khách đã xuống dưới {threshold}',
      p1: 'Số dư tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} của Quý khách hiện là {balance}, thấp hơn ngưỡng {threshold} Quý khách đã đặt cho cảnh báo này.',
      p2: 'Để tránh giao dịch bị từ chối hoặc phát sinh phí, Quý khách nên nạp thêm tiền vào tài khoản này.',
      cta: 'Xem tài khoản',
      footer:
        'Quý khách nhận được email này vì đã bật cảnh báo số dư thấp cho tài khoản này. Quý khách có thể thay đổi hoặc tắt cảnh báo bất cứ lúc nào trong ứng dụng.',
      sms: '{bank}: số dư tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} là {balance}, thấp hơn ngưỡng cảnh báo {threshold}.',
      pushTitle: 'Số dư thấp: {balance}',
      pushBody:
        'Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} có số dư thấp hơn ngưỡng {threshold} Quý khách đã đặt.',
      wa1: '{hasAccount, select, yes {tài khoản có số đuôi {account} của Quý khách} other {tài khoản của Quý khách}}',
    },
    de: {
      subject:
        'Ihr Kontostand-Alarm: {balance} auf dem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}}',
      preheader: 'Damit liegt er unter der Grenze von {threshold}, die Sie festgelegt haben.',
      heading: 'Ihr Kontostand liegt unter {threshold}',
      p1: 'Der Kontostand Ihres Kontos{hasAccount, select, yes { mit den Endziffern {account}} other {}} beträgt jetzt {balance} und liegt damit unter der Grenze von {threshold}, die Sie für diesen Alarm festgelegt haben.',
      p2: 'Damit keine Zahlungen abgelehnt werden oder Gebühren entstehen, sollten Sie Geld auf dieses Konto überweisen.',
      cta: 'Zum Konto',
      footer:
        'Sie erhalten diese E-Mail, weil Sie für dieses Konto einen Kontostand-Alarm eingerichtet haben. Ihre Alarme können Sie jederzeit in der App ändern oder ausschalten.',
      sms: '{bank}: Der Kontostand Ihres Kontos{hasAccount, select, yes { mit den Endziffern {account}} other {}} beträgt {balance} und liegt unter Ihrer Alarmgrenze von {threshold}.',
      pushTitle: 'Niedriger Kontostand: {balance}',
      pushBody:
        'Ihr Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} liegt unter der Grenze von {threshold}, die Sie festgelegt haben.',
      wa1: '{hasAccount, select, yes {Ihr Konto mit den Endziffern {account}} other {Ihr Konto}}',
    },
  },
});
