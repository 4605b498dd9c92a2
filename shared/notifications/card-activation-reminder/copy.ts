// card_activation.reminder: the card is not activated yet. Sent on the configured days after Card.Issued
// (2, 5 and 10 by default) on every channel the customer can be reached on, never once the card is active.
// Arguments (render.ts): {card} the card's last four digits; {last}
// `yes` on the last reminder of the journey, else `no`.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Your card ending {card} is ready to activate',
      preheader: 'Activate it in the app to start using it.',
      heading: 'Your card is waiting for you',
      p1: 'Your card ending {card} is not active yet. Activate it in the app to start paying with it: open Cards, choose the card and tap Activate.',
      p2: "{last, select, yes {This is our last reminder. If you haven't received the card, please let us know.} other {If you haven't received the card yet, please let us know.}}",
      cta: 'Activate my card',
      footer: "You're receiving this e-mail because {bank} has issued you a card that isn't active yet.",
      sms: '{bank}: your card ending {card} is not active yet. Activate it in the app under Cards. Not received? Call us.',
      pushTitle: 'Activate your card ending {card}',
      pushBody: 'Your new card is ready: activate it in the app in less than a minute.',
    },
    id: {
      subject: 'Kartu Anda yang berakhiran {card} siap diaktifkan',
      preheader: 'Aktifkan di aplikasi untuk mulai menggunakannya.',
      heading: 'Kartu Anda menunggu untuk diaktifkan',
      p1: 'Kartu Anda yang berakhiran {card} belum aktif. Aktifkan di aplikasi untuk mulai bertransaksi: buka Kartu, pilih kartu, lalu ketuk Aktifkan.',
      p2: '{last, select, yes {Ini adalah pengingat terakhir kami. Jika Anda belum menerima kartu, mohon beri tahu kami.} other {Jika Anda belum menerima kartu, mohon beri tahu kami.}}',
      cta: 'Aktifkan kartu saya',
      footer: 'Anda menerima email ini karena {bank} menerbitkan kartu untuk Anda yang belum aktif.',
      sms: '{bank}: kartu Anda berakhiran {card} belum aktif. Aktifkan di aplikasi pada menu Kartu. Belum diterima? Hubungi kami.',
      pushTitle: 'Aktifkan kartu berakhiran {card}',
      pushBody: 'Kartu baru Anda sudah siap: aktifkan di aplikasi dalam waktu kurang dari satu menit.',
    },
    ar: {
      subject: 'بطاقتك المنتهية بـ {card} جاهزة للتفعيل',
      preheader: 'فعّلها من التطبيق لتبدأ باستخدامها.',
      heading: 'بطاقتك بانتظارك',
      p1: 'بطاقتك المنتهية بـ {card} غير مفعّلة بعد. فعّلها من التطبيق لتبدأ الدفع بها: افتح البطاقات، واختر البطاقة، ثم اضغط تفعيل.',
      p2: '{last, select, yes {هذا تذكيرنا الأخير. إذا لم تصلك البطاقة، يرجى إبلاغنا.} other {إذا لم تصلك البطاقة بعد، يرجى إبلاغنا.}}',
      cta: 'تفعيل بطاقتي',
      footer: 'تصلك هذه الرسالة لأن {bank} أصدر لك بطاقة لم تُفعَّل بعد.',
      sms: '{bank}: بطاقتك المنتهية بـ {card} غير مفعّلة بعد. فعّلها من التطبيق في قسم البطاقات. لم تصلك؟ اتصل بنا.',
      pushTitle: 'فعّل بطاقتك المنتهية بـ {card}',
      pushBody: 'بطاقتك الجديدة جاهزة: فعّلها من التطبيق في أقل من دقيقة.',
    },
    ro: {
      subject: 'Cardul care se termină în {card} poate fi activat',
      preheader: 'Activați-l în aplicație ca să începeți să îl folosiți.',
      heading: 'Cardul dumneavoastră vă așteaptă',
      p1: 'Cardul care se termină în {card} nu este încă activ. Activați-l în aplicație ca să plătiți cu el: deschideți Carduri, alegeți cardul și atingeți Activează.',
      p2: '{last, select, yes {Acesta este ultimul nostru memento. Dacă nu ați primit cardul, vă rugăm să ne anunțați.} other {Dacă nu ați primit încă cardul, vă rugăm să ne anunțați.}}',
      cta: 'Activează cardul',
      footer: 'Primiți acest e-mail pentru că {bank} v-a emis un card care nu este încă activ.',
      sms: '{bank}: cardul care se termină în {card} nu este încă activ. Activați-l în aplicație, la Carduri. Nu l-ați primit? Sunați-ne.',
      pushTitle: 'Activați cardul care se termină în {card}',
      pushBody: 'Cardul nou este gata: activați-l în aplicație în mai puțin de un minut.',
    },
    vi: {
      subject: 'Thẻ có số đuôi {card} đã sẵn sàng để kích hoạt',
      preheader: 'Kích hoạt trên ứng dụng để bắt đầu sử dụng.',
      heading: 'Thẻ của Quý khách đang chờ kích hoạt',
      p1: 'Thẻ có số đuôi {card} chưa được kích hoạt. Quý khách vui lòng kích hoạt trên ứng dụng để bắt đầu thanh toán: mở mục Thẻ, chọn thẻ và nhấn Kích hoạt.',
      p2: '{last, select, yes {Đây là lời nhắc cuối cùng. Nếu chưa nhận được thẻ, Quý khách vui lòng báo cho chúng tôi.} other {Nếu chưa nhận được thẻ, Quý khách vui lòng báo cho chúng tôi.}}',
      cta: 'Kích hoạt thẻ',
      footer:
        'Quý khách nhận được email này vì {bank} đã phát hành cho Quý khách một thẻ chưa được kích hoạt.',
      sms: '{bank}: thẻ có số đuôi {card} chưa được kích hoạt. Vui lòng kích hoạt trên ứng dụng, mục Thẻ. Chưa nhận được? Hãy gọi cho chúng tôi.',
      pushTitle: 'Kích hoạt thẻ có số đuôi {card}',
      pushBody: 'Thẻ mới đã sẵn sàng: kích hoạt trên ứng dụng chỉ trong chưa đến một phút.',
    },
    de: {
      subject: 'Ihre Karte mit den Endziffern {card} ist bereit zur Aktivierung',
      preheader: 'Aktivieren Sie sie in der App, um sie zu nutzen.',
      heading: 'Ihre Karte wartet auf Sie',
      p1: 'Ihre Karte mit den Endziffern {card} ist noch nicht aktiv. Aktivieren Sie sie in der App, um damit zu bezahlen: Karten öffnen, die Karte wählen und auf Aktivieren tippen.',
      p2: '{last, select, yes {Dies ist unsere letzte Erinnerung. Falls Sie die Karte nicht erhalten haben, geben Sie uns bitte Bescheid.} other {Falls Sie die Karte noch nicht erhalten haben, geben Sie uns bitte Bescheid.}}',
      cta: 'Karte aktivieren',
      footer:
        'Sie erhalten diese E-Mail, weil {bank} Ihnen eine Karte ausgestellt hat, die noch nicht aktiv ist.',
      sms: '{bank}: Ihre Karte mit den Endziffern {card} ist noch nicht aktiv. Aktivieren Sie sie in der App unter Karten. Nicht erhalten? Rufen Sie uns an.',
      pushTitle: 'Karte mit Endziffern {card} aktivieren',
      pushBody: 'Ihre neue Karte ist bereit: In der App ist sie in weniger als einer Minute aktiviert.',
    },
  },
});
