// fraud.thanks (security): the customer said the suspicious payments were theirs; the case is closed and
// the card stays as it is. Arguments (render.ts): {card} last four digits.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: [],
  messages: {
    en: {
      subject: 'Thank you: your card ending {card} stays active',
      preheader: 'You confirmed the payments were yours.',
      heading: 'Thank you for confirming',
      p1: 'You told us the payments with your card ending {card} were yours. Your card stays active and there is nothing more to do.',
      p2: 'If you see anything else you do not recognise, tell us straight away in the app.',
      footer:
        "You're receiving this e-mail because it concerns the security of your account with {bank}. We send security messages regardless of your marketing preferences.",
      sms: '{bank}: thank you. You confirmed the payments with card ending {card}; your card stays active.',
      pushTitle: 'Thank you for confirming',
      pushBody: 'Your card ending {card} stays active.',
    },
    id: {
      subject: 'Terima kasih: kartu Anda yang berakhiran {card} tetap aktif',
      preheader: 'Anda telah mengonfirmasi bahwa transaksi itu milik Anda.',
      heading: 'Terima kasih atas konfirmasinya',
      p1: 'Anda memberi tahu kami bahwa transaksi dengan kartu berakhiran {card} adalah milik Anda. Kartu Anda tetap aktif dan tidak ada lagi yang perlu dilakukan.',
      p2: 'Jika Anda melihat transaksi lain yang tidak Anda kenali, segera beri tahu kami di aplikasi.',
      footer:
        'Anda menerima email ini karena menyangkut keamanan rekening Anda di {bank}. Kami mengirim pesan keamanan apa pun preferensi pemasaran Anda.',
      sms: '{bank}: terima kasih. Anda telah mengonfirmasi transaksi kartu berakhiran {card}; kartu Anda tetap aktif.',
      pushTitle: 'Terima kasih atas konfirmasinya',
      pushBody: 'Kartu Anda yang berakhiran {card} tetap aktif.',
    },
    ar: {
      subject: 'شكرًا لك: بطاقتك المنتهية بـ {card} تبقى فعّالة',
      preheader: 'أكدت أن عمليات الدفع كانت منك.',
      heading: 'شكرًا على التأكيد',
      p1: 'أخبرتنا أن عمليات الدفع ببطاقتك المنتهية بـ {card} كانت منك. تبقى بطاقتك فعّالة ولا يلزمك فعل شيء آخر.',
      p2: 'إن رأيت أي عملية أخرى لا تعرفها، فأخبرنا فورًا عبر التطبيق.',
      footer:
        'تصلك هذه الرسالة لأنها تتعلق بأمان حسابك لدى {bank}. نرسل رسائل الأمان بصرف النظر عن تفضيلاتك التسويقية.',
      sms: '{bank}: شكرًا لك. أكدت عمليات الدفع بالبطاقة المنتهية بـ {card}؛ تبقى بطاقتك فعّالة.',
      pushTitle: 'شكرًا على التأكيد',
      pushBody: 'تبقى بطاقتك المنتهية بـ {card} فعّالة.',
    },
    ro: {
      subject: 'Vă mulțumim: cardul care se termină în {card} rămâne activ',
      preheader: 'Ați confirmat că plățile au fost ale dumneavoastră.',
      heading: 'Vă mulțumim pentru confirmare',
      p1: 'Ne-ați spus că plățile cu cardul care se termină în {card} au fost ale dumneavoastră. Cardul rămâne activ și nu mai trebuie să faceți nimic.',
      p2: 'Dacă vedeți altceva ce nu recunoașteți, spuneți-ne imediat în aplicație.',
      footer:
        'Primiți acest e-mail pentru că privește securitatea contului dumneavoastră la {bank}. Trimitem mesaje de securitate indiferent de preferințele de marketing.',
      sms: '{bank}: vă mulțumim. Ați confirmat plățile cu cardul terminat în {card}; cardul rămâne activ.',
      pushTitle: 'Vă mulțumim pentru confirmare',
      pushBody: 'Cardul care se termină în {card} rămâne activ.',
    },
    vi: {
      subject: 'Cảm ơn Quý khách: thẻ có số đuôi {card} vẫn hoạt động',
      preheader: 'Quý khách đã xác nhận các giao dịch là của mình.',
      heading: 'Cảm ơn Quý khách đã xác nhận',
      p1: 'Quý khách đã cho biết các giao dịch của thẻ có số đuôi {card} là của mình. Thẻ vẫn hoạt động và Quý khách không cần làm gì thêm.',
      p2: 'Nếu thấy giao dịch nào khác mà Quý khách không nhận ra, vui lòng báo ngay cho chúng tôi trên ứng dụng.',
      footer:
        'Quý khách nhận được email này vì nó liên quan đến bảo mật tài khoản của Quý khách tại {bank}. Chúng tôi gửi tin bảo mật bất kể tùy chọn tiếp thị của Quý khách.',
      sms: '{bank}: cảm ơn Quý khách. Quý khách đã xác nhận giao dịch của thẻ đuôi {card}; thẻ vẫn hoạt động.',
      pushTitle: 'Cảm ơn Quý khách đã xác nhận',
      pushBody: 'Thẻ có số đuôi {card} vẫn hoạt động.',
    },
    de: {
      subject: 'Danke: Ihre Karte mit den Endziffern {card} bleibt aktiv',
      preheader: 'Sie haben bestätigt, dass die Zahlungen von Ihnen waren.',
      heading: 'Danke für Ihre Bestätigung',
      p1: 'Sie haben uns gesagt, dass die Zahlungen mit Ihrer Karte mit den Endziffern {card} von Ihnen waren. Ihre Karte bleibt aktiv, Sie müssen nichts weiter tun.',
      p2: 'Wenn Sie noch etwas sehen, das Sie nicht kennen, sagen Sie es uns sofort in der App.',
      footer:
        'Sie erhalten diese E-Mail, weil sie die Sicherheit Ihres Kontos bei {bank} betrifft. Sicherheitsnachrichten senden wir unabhängig von Ihren Marketing-Einstellungen.',
      sms: '{bank}: Danke. Sie haben die Zahlungen mit der Karte mit Endziffern {card} bestätigt; Ihre Karte bleibt aktiv.',
      pushTitle: 'Danke für Ihre Bestätigung',
      pushBody: 'Ihre Karte mit den Endziffern {card} bleibt aktiv.',
    },
  },
});
