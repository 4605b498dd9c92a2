// tax.reminder: the tax-date reminder the customer set for a holding, sent on its date. The customer's note
// goes in the e-mail and the push body (cut to fit), never in the SMS, which stays one short line.
// Arguments (render.ts): {symbol} the holding; {date} the reminder's date
// ("5 March 2026"); {hasNote} `yes`/`no` with {note}, the customer's own words.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Reminder: your tax date for {symbol} is today',
      preheader: 'You asked us to remind you on {date}.',
      heading: 'Your tax-date reminder',
      p1: 'You asked us to remind you of the tax date for your holding {symbol}: it is today, {date}.',
      p2: '{hasNote, select, yes {Your note: {note}} other {}}',
      p3: 'This is the reminder you set; it is not tax advice.',
      cta: 'View your holdings',
      footer: "You're receiving this e-mail because you set a tax-date reminder with {bank}.",
      sms: '{bank}: reminder: today, {date}, is the tax date you set for {symbol}.',
      pushTitle: 'Tax date today: {symbol}',
      pushBody:
        'Today, {date}, is the tax date you set for {symbol}.{hasNote, select, yes { {note}} other {}}',
    },
    id: {
      subject: 'Pengingat: tanggal pajak untuk {symbol} adalah hari ini',
      preheader: 'Anda meminta kami mengingatkan Anda pada {date}.',
      heading: 'Pengingat tanggal pajak Anda',
      p1: 'Anda meminta kami mengingatkan tanggal pajak untuk aset {symbol} Anda: hari ini, {date}.',
      p2: '{hasNote, select, yes {Catatan Anda: {note}} other {}}',
      p3: 'Ini adalah pengingat yang Anda buat, bukan nasihat pajak.',
      cta: 'Lihat portofolio Anda',
      footer: 'Anda menerima email ini karena Anda membuat pengingat tanggal pajak di {bank}.',
      sms: '{bank}: pengingat: hari ini, {date}, adalah tanggal pajak yang Anda atur untuk {symbol}.',
      pushTitle: 'Tanggal pajak hari ini: {symbol}',
      pushBody:
        'Hari ini, {date}, adalah tanggal pajak yang Anda atur untuk {symbol}.{hasNote, select, yes { {note}} other {}}',
    },
    ar: {
      subject: 'تذكير: موعد الضريبة الخاص بـ {symbol} اليوم',
      preheader: 'طلبت منا تذكيرك في {date}.',
      heading: 'تذكير بموعد الضريبة',
      p1: 'طلبت منا تذكيرك بموعد الضريبة الخاص باستثمارك {symbol}: إنه اليوم، {date}.',
      p2: '{hasNote, select, yes {ملاحظتك: {note}} other {}}',
      p3: 'هذا هو التذكير الذي ضبطته، وهو ليس استشارة ضريبية.',
      cta: 'عرض استثماراتك',
      footer: 'تصلك هذه الرسالة لأنك ضبطت تذكيرًا بموعد ضريبي لدى {bank}.',
      sms: '{bank}: تذكير: اليوم {date} هو موعد الضريبة الذي حددته لـ {symbol}.',
      pushTitle: 'موعد الضريبة اليوم: {symbol}',
      pushBody:
        'اليوم {date} هو موعد الضريبة الذي حددته لـ {symbol}.{hasNote, select, yes { {note}} other {}}',
    },
    ro: {
      subject: 'Memento: data fiscală pentru {symbol} este astăzi',
      preheader: 'Ne-ați cerut să vă reamintim pe {date}.',
      heading: 'Mementoul dumneavoastră fiscal',
      p1: 'Ne-ați cerut să vă reamintim data fiscală pentru deținerea {symbol}: este astăzi, {date}.',
      p2: '{hasNote, select, yes {Nota dumneavoastră: {note}} other {}}',
      p3: 'Acesta este mementoul pe care l-ați setat; nu reprezintă consultanță fiscală.',
      cta: 'Vedeți deținerile',
      footer: 'Primiți acest e-mail pentru că ați setat un memento pentru o dată fiscală la {bank}.',
      sms: '{bank}: memento: astăzi, {date}, este data fiscală setată pentru {symbol}.',
      pushTitle: 'Data fiscală astăzi: {symbol}',
      pushBody:
        'Astăzi, {date}, este data fiscală pe care ați setat-o pentru {symbol}.{hasNote, select, yes { {note}} other {}}',
    },
    vi: {
      subject: 'Nhắc nhở: hôm nay là ngày thuế của {symbol}',
      preheader: 'Quý khách đã yêu cầu chúng tôi nhắc vào {date}.',
      heading: 'Nhắc nhở ngày thuế',
      p1: 'Quý khách đã yêu cầu chúng tôi nhắc ngày thuế cho khoản đầu tư {symbol}: đó là hôm nay, {date}.',
      p2: '{hasNote, select, yes {Ghi chú của Quý khách: {note}} other {}}',
      p3: 'Đây là lời nhắc Quý khách đã đặt, không phải tư vấn thuế.',
      cta: 'Xem danh mục đầu tư',
      footer: 'Quý khách nhận được email này vì đã đặt lời nhắc ngày thuế tại {bank}.',
      sms: '{bank}: nhắc nhở: hôm nay, {date}, là ngày thuế Quý khách đã đặt cho {symbol}.',
      pushTitle: 'Hôm nay là ngày thuế: {symbol}',
      pushBody:
        'Hôm nay, {date}, là ngày thuế Quý khách đã đặt cho {symbol}.{hasNote, select, yes { {note}} other {}}',
    },
    de: {
      subject: 'Erinnerung: Ihr Steuertermin für {symbol} ist heute',
      preheader: 'Sie haben uns gebeten, Sie am {date} zu erinnern.',
      heading: 'Ihre Erinnerung an den Steuertermin',
      p1: 'Sie haben uns gebeten, Sie an den Steuertermin für Ihre Position {symbol} zu erinnern: Er ist heute, am {date}.',
      p2: '{hasNote, select, yes {Ihre Notiz: {note}} other {}}',
      p3: 'Dies ist die von Ihnen eingerichtete Erinnerung, keine Steuerberatung.',
      cta: 'Depot ansehen',
      footer:
        'Sie erhalten diese E-Mail, weil Sie bei {bank} eine Erinnerung an einen Steuertermin eingerichtet haben.',
      sms: '{bank}: Erinnerung: Heute, am {date}, ist der Steuertermin, den Sie für {symbol} eingerichtet haben.',
      pushTitle: 'Steuertermin heute: {symbol}',
      pushBody:
        'Heute, am {date}, ist Ihr Steuertermin für {symbol}.{hasNote, select, yes { {note}} other {}}',
    },
  },
});
