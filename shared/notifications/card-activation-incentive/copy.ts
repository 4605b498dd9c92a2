// card_activation.incentive (marketing): spend a set amount within a set number of days and the card's
// first-year fee is waived. Sent after the nudge while the card is still unused, only with marketing consent.
// Arguments (render.ts): {card} the card's last four digits; {amount} the
// spend to reach (with its currency); {days} the days to reach it in.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Spend {amount} and we waive your first-year card fee',
      preheader: 'An offer for your card ending {card}.',
      heading: 'Your first year, fee-free',
      p1: 'Spend {amount} in total with your card ending {card} in the next {days} days and we will waive its fee for the first year.',
      p2: 'Every purchase counts: in shops, online and with your phone. You can follow your progress in the app.',
      cta: 'See the offer',
      footer: "You're receiving this e-mail because you agreed to hear about offers from {bank}.",
      pushTitle: 'Your first year, fee-free',
      pushBody: 'Spend {amount} with your card ending {card} in the next {days} days: no fee in year one.',
    },
    id: {
      subject: 'Belanjakan {amount} dan kami bebaskan iuran tahun pertama kartu Anda',
      preheader: 'Penawaran untuk kartu berakhiran {card}.',
      heading: 'Tahun pertama bebas iuran',
      p1: 'Belanjakan total {amount} dengan kartu berakhiran {card} dalam {days} hari ke depan dan kami akan membebaskan iuran tahun pertamanya.',
      p2: 'Setiap transaksi dihitung: di toko, online, maupun dengan ponsel. Pantau perkembangannya di aplikasi.',
      cta: 'Lihat penawaran',
      footer: 'Anda menerima email ini karena Anda bersedia menerima penawaran dari {bank}.',
      pushTitle: 'Tahun pertama bebas iuran',
      pushBody:
        'Belanjakan {amount} dengan kartu berakhiran {card} dalam {days} hari: bebas iuran tahun pertama.',
    },
    ar: {
      subject: 'أنفق {amount} ونعفيك من رسوم البطاقة للسنة الأولى',
      preheader: 'عرض لبطاقتك المنتهية بـ {card}.',
      heading: 'سنتك الأولى دون رسوم',
      p1: 'أنفق ما مجموعه {amount} ببطاقتك المنتهية بـ {card} خلال {days} يومًا القادمة، ونعفيك من رسومها للسنة الأولى.',
      p2: 'كل عملية شراء تُحتسب: في المتاجر وعبر الإنترنت وبهاتفك. يمكنك متابعة تقدمك في التطبيق.',
      cta: 'تفاصيل العرض',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي العروض من {bank}.',
      pushTitle: 'سنتك الأولى دون رسوم',
      pushBody: 'أنفق {amount} ببطاقتك المنتهية بـ {card} خلال {days} يومًا: دون رسوم في السنة الأولى.',
    },
    ro: {
      subject: 'Cheltuiți {amount} și renunțăm la comisionul cardului în primul an',
      preheader: 'O ofertă pentru cardul care se termină în {card}.',
      heading: 'Primul an fără comision',
      p1: 'Cheltuiți în total {amount} cu cardul care se termină în {card} în următoarele {days} de zile și renunțăm la comisionul lui pentru primul an.',
      p2: 'Contează fiecare plată: în magazine, online și cu telefonul. Vă puteți urmări progresul în aplicație.',
      cta: 'Vezi oferta',
      footer: 'Primiți acest e-mail pentru că ați acceptat să primiți oferte de la {bank}.',
      pushTitle: 'Primul an fără comision',
      pushBody:
        'Cheltuiți {amount} cu cardul care se termină în {card} în {days} de zile: fără comision în primul an.',
    },
    vi: {
      subject: 'Chi tiêu {amount} để được miễn phí thường niên năm đầu',
      preheader: 'Ưu đãi dành cho thẻ có số đuôi {card}.',
      heading: 'Năm đầu tiên miễn phí thường niên',
      p1: 'Chi tiêu tổng cộng {amount} bằng thẻ có số đuôi {card} trong {days} ngày tới, chúng tôi sẽ miễn phí thường niên năm đầu cho thẻ.',
      p2: 'Mọi giao dịch đều được tính: tại cửa hàng, trực tuyến và bằng điện thoại. Quý khách có thể theo dõi tiến độ trên ứng dụng.',
      cta: 'Xem ưu đãi',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin ưu đãi từ {bank}.',
      pushTitle: 'Năm đầu miễn phí thường niên',
      pushBody:
        'Chi tiêu {amount} bằng thẻ có số đuôi {card} trong {days} ngày: miễn phí thường niên năm đầu.',
    },
    de: {
      subject: 'Geben Sie {amount} aus und wir erlassen Ihnen die Jahresgebühr im ersten Jahr',
      preheader: 'Ein Angebot für Ihre Karte mit den Endziffern {card}.',
      heading: 'Ihr erstes Jahr ohne Jahresgebühr',
      p1: 'Zahlen Sie in den nächsten {days} Tagen insgesamt {amount} mit Ihrer Karte mit den Endziffern {card}, und wir erlassen Ihnen die Jahresgebühr für das erste Jahr.',
      p2: 'Jeder Einkauf zählt: im Geschäft, online und mit dem Smartphone. Ihren Fortschritt sehen Sie in der App.',
      cta: 'Zum Angebot',
      footer: 'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, Angebote von {bank} zu erhalten.',
      pushTitle: 'Erstes Jahr ohne Jahresgebühr',
      pushBody:
        'Zahlen Sie {amount} mit der Karte mit den Endziffern {card} in {days} Tagen: keine Gebühr im ersten Jahr.',
    },
  },
});
