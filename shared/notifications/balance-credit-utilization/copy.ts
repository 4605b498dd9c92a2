// balance.credit_utilization: the customer has used at least the share of the credit limit they set.
// Arguments (render.ts): {account} last four characters,
// {used}, {creditLimit}, {available} amounts, {usedPercent} and {thresholdPercent} formatted percentages.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    // v2: the account is a parameter of its own, named with or without its last four digits
    // (`accountLast4`); a changed body is a new approval, so a new name.
    template: 'herald_credit_utilization_v2',
    category: 'UTILITY',
    example: ['85%', '£5,000.00', 'your account ending 1001', '£750.00'],
    body: {
      en: 'Credit alert: you have used {{1}} of your {{2}} credit limit on {{3}}. You still have {{4}} available. You can change this alert in the app.',
      id: 'Peringatan kredit: Anda telah menggunakan {{1}} dari limit kredit {{2}} pada {{3}}. Sisa limit yang tersedia {{4}}. Anda dapat mengubah peringatan ini di aplikasi.',
      ar: 'تنبيه الائتمان: استخدمت {{1}} من حدك الائتماني البالغ {{2}} في {{3}}. المتاح لك الآن {{4}}. يمكنك تعديل هذا التنبيه من التطبيق.',
      ro: 'Alertă de credit: ați folosit {{1}} din limita de credit de {{2}} a {{3}}. Mai aveți disponibil {{4}}. Puteți modifica alerta din aplicație.',
      vi: 'Cảnh báo hạn mức: Quý khách đã sử dụng {{1}} hạn mức tín dụng {{2}} của {{3}}. Hạn mức còn lại là {{4}}. Quý khách có thể thay đổi cảnh báo này trong ứng dụng.',
      de: 'Kreditrahmen-Alarm: Sie haben {{1}} Ihres Kreditrahmens von {{2}} auf {{3}} genutzt. Verfügbar sind noch {{4}}. Sie können diesen Alarm in der App ändern.',
    },
  },
  messages: {
    en: {
      subject: 'Your credit alert: {usedPercent} of your credit limit used',
      preheader: "You've used {used} of your {creditLimit} limit.",
      heading: "You've used {usedPercent} of your credit limit",
      p1: 'You have used {used} of the {creditLimit} credit limit on your account{hasAccount, select, yes { ending {account}} other {}}. You still have {available} available.',
      p2: 'You asked us to tell you when you reach {thresholdPercent} of your limit. Paying off part of the balance frees up credit and keeps your borrowing under control.',
      cta: 'View your account',
      footer:
        "You're receiving this e-mail because you set up a credit alert at {thresholdPercent} of your limit. You can change or switch off your alerts at any time in the app.",
      sms: "{bank}: you've used {usedPercent} of your {creditLimit} credit limit on your account{hasAccount, select, yes { ending {account}} other {}}. Available: {available}.",
      pushTitle: '{usedPercent} of your credit limit used',
      pushBody:
        'You still have {available} of your {creditLimit} limit available on your account{hasAccount, select, yes { ending {account}} other {}}.',
      wa1: '{usedPercent}',
      wa2: '{creditLimit}',
      wa4: '{available}',
      wa3: '{hasAccount, select, yes {your account ending {account}} other {your account}}',
    },
    id: {
      subject: 'Peringatan kredit: {usedPercent} limit kredit Anda telah terpakai',
      preheader: 'Anda telah menggunakan {used} dari limit {creditLimit}.',
      heading: '{usedPercent} limit kredit Anda telah terpakai',
      p1: 'Anda telah menggunakan {used} dari limit kredit {creditLimit} pada rekening{hasAccount, select, yes { berakhiran {account}} other {}}. Sisa limit yang tersedia {available}.',
      p2: 'Anda meminta kami memberi tahu saat pemakaian mencapai {thresholdPercent} dari limit. Melunasi sebagian tagihan akan menambah limit yang tersedia dan membantu Anda mengendalikan pinjaman.',
      cta: 'Lihat rekening Anda',
      footer:
        'Anda menerima email ini karena Anda mengaktifkan peringatan kredit pada {thresholdPercent} dari limit. Anda dapat mengubah atau menonaktifkan peringatan kapan saja di aplikasi.',
      sms: '{bank}: {usedPercent} dari limit kredit {creditLimit} pada rekening{hasAccount, select, yes { berakhiran {account}} other {}} telah terpakai. Sisa limit: {available}.',
      pushTitle: '{usedPercent} limit kredit telah terpakai',
      pushBody:
        'Sisa limit yang tersedia {available} dari {creditLimit} pada rekening{hasAccount, select, yes { berakhiran {account}} other {}}.',
      wa3: '{hasAccount, select, yes {rekening berakhiran {account}} other {rekening Anda}}',
    },
    ar: {
      subject: 'تنبيه الائتمان: استخدمت {usedPercent} من حدك الائتماني',
      preheader: 'استخدمت {used} من حدك البالغ {creditLimit}.',
      heading: 'استخدمت {usedPercent} من حدك الائتماني',
      p1: 'استخدمت {used} من الحد الائتماني البالغ {creditLimit} في حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}}. المتاح لك الآن {available}.',
      p2: 'طلبت منا إعلامك عند بلوغ {thresholdPercent} من حدك. سداد جزء من الرصيد المستحق يتيح لك مزيدًا من الائتمان ويساعدك على التحكم في اقتراضك.',
      cta: 'عرض حسابك',
      footer:
        'تصلك هذه الرسالة لأنك فعّلت تنبيه الائتمان عند {thresholdPercent} من حدك. يمكنك تعديل تنبيهاتك أو إيقافها في أي وقت من التطبيق.',
      sms: '{bank}: استخدمت {usedPercent} من حدك الائتماني البالغ {creditLimit} في الحساب{hasAccount, select, yes { المنتهي بـ {account}} other {}}، والمتاح {available}.',
      pushTitle: 'استخدمت {usedPercent} من حدك الائتماني',
      pushBody:
        'المتاح لك {available} من حدك البالغ {creditLimit} في الحساب{hasAccount, select, yes { المنتهي بـ {account}} other {}}.',
      wa3: '{hasAccount, select, yes {الحساب المنتهي بـ {account}} other {حسابك}}',
    },
    ro: {
      subject: 'Alertă de credit: ați folosit {usedPercent} din limita de credit',
      preheader: 'Ați folosit {used} din limita de {creditLimit}.',
      heading: 'Ați folosit {usedPercent} din limita de credit',
      p1: 'Ați folosit {used} din limita de credit de {creditLimit} a contului{hasAccount, select, yes { care se termină în {account}} other {}}. Mai aveți disponibil {available}.',
      p2: 'Ne-ați cerut să vă anunțăm când ajungeți la {thresholdPercent} din limită. Dacă rambursați o parte din sumă, eliberați credit și vă păstrați împrumuturile sub control.',
      cta: 'Vedeți contul',
      footer:
        'Primiți acest e-mail pentru că ați activat alerta de credit la {thresholdPercent} din limită. Puteți modifica sau dezactiva alertele oricând, din aplicație.',
      sms: '{bank}: ați folosit {usedPercent} din limita de credit de {creditLimit} a contului{hasAccount, select, yes { care se termină în {account}} other {}}. Disponibil: {available}.',
      pushTitle: 'Ați folosit {usedPercent} din limita de credit',
      pushBody:
        'Mai aveți disponibil {available} din limita de {creditLimit} a contului{hasAccount, select, yes { care se termină în {account}} other {}}.',
      wa3: '{hasAccount, select, yes {contului care se termină în {account}} other {contului dumneavoastră}}',
    },
    vi: {
      subject: 'Cảnh báo hạn mức: Quý khách đã dùng {usedPercent} hạn mức tín dụng',
      preheader: 'Quý khách đã sử dụng {used} trên hạn mức {creditLimit}.',
      heading: 'Quý khách đã dùng {usedPercent} hạn mức tín dụng',
      p1: 'Quý khách đã sử dụng {used} trên hạn mức tín dụng {creditLimit} của tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}}. Hạn mức còn lại là {available}.',
      p2: 'Quý khách đã yêu cầu chúng tôi thông báo khi mức sử dụng đạt {thresholdPercent} hạn mức. Thanh toán bớt dư nợ sẽ giúp khôi phục hạn mức và kiểm soát khoản vay tốt hơn.',
      cta: 'Xem tài khoản',
      footer:
        'Quý khách nhận được email này vì đã bật cảnh báo hạn mức tín dụng ở mức {thresholdPercent}. Quý khách có thể thay đổi hoặc tắt cảnh báo bất cứ lúc nào trong ứng dụng.',
      sms: '{bank}: Quý khách đã dùng {usedPercent} hạn mức tín dụng {creditLimit} của tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}}. Còn lại: {available}.',
      pushTitle: 'Đã dùng {usedPercent} hạn mức tín dụng',
      pushBody:
        'Hạn mức còn lại là {available} trên tổng {creditLimit} của tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}}.',
      wa3: '{hasAccount, select, yes {tài khoản có số đuôi {account}} other {tài khoản của Quý khách}}',
    },
    de: {
      subject: 'Ihr Kreditrahmen-Alarm: {usedPercent} genutzt',
      preheader: 'Sie haben {used} von Ihrem Kreditrahmen über {creditLimit} genutzt.',
      heading: 'Sie haben {usedPercent} Ihres Kreditrahmens genutzt',
      p1: 'Sie haben {used} Ihres Kreditrahmens von {creditLimit} auf dem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} genutzt. Verfügbar sind noch {available}.',
      p2: 'Sie wollten benachrichtigt werden, sobald Sie {thresholdPercent} Ihres Kreditrahmens erreichen. Wenn Sie einen Teil zurückzahlen, wird wieder Kreditrahmen frei und Sie behalten Ihre Ausgaben im Griff.',
      cta: 'Zum Konto',
      footer:
        'Sie erhalten diese E-Mail, weil Sie einen Kreditrahmen-Alarm bei {thresholdPercent} eingerichtet haben. Ihre Alarme können Sie jederzeit in der App ändern oder ausschalten.',
      sms: '{bank}: Sie haben {usedPercent} Ihres Kreditrahmens von {creditLimit} auf dem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} genutzt. Verfügbar: {available}.',
      pushTitle: '{usedPercent} Ihres Kreditrahmens genutzt',
      pushBody:
        'Auf dem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} sind von {creditLimit} noch {available} verfügbar.',
      wa3: '{hasAccount, select, yes {dem Konto mit den Endziffern {account}} other {Ihrem Konto}}',
    },
  },
});
