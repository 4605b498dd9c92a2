// card_activation.offers (marketing): the card is active; offers for new cardholders and the app. Sent once
// on Card.Activated, only with marketing consent; the e-mail has an unsubscribe link.
// Arguments (render.ts): {card} the card's last four digits.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Your card is active: offers for new cardholders',
      preheader: 'Get the app to see them and manage your card.',
      heading: 'Your card ending {card} is ready to use',
      p1: 'Thank you for activating your card. As a new cardholder you have offers waiting for you: cashback at selected partners and no fees on payments abroad for three months.',
      p2: 'Get our app to see your offers, track your spending and freeze or unfreeze your card in a tap.',
      cta: 'See my offers in the app',
      footer: "You're receiving this e-mail because you agreed to hear about offers from {bank}.",
      pushTitle: 'Offers for new cardholders',
      pushBody: 'Your card ending {card} is active. See your welcome offers in the app.',
    },
    id: {
      subject: 'Kartu Anda sudah aktif: penawaran untuk pemegang kartu baru',
      preheader: 'Unduh aplikasi untuk melihatnya dan mengelola kartu Anda.',
      heading: 'Kartu berakhiran {card} siap digunakan',
      p1: 'Terima kasih telah mengaktifkan kartu Anda. Sebagai pemegang kartu baru, ada penawaran untuk Anda: cashback di mitra pilihan dan bebas biaya transaksi luar negeri selama tiga bulan.',
      p2: 'Unduh aplikasi kami untuk melihat penawaran, memantau pengeluaran, dan memblokir atau membuka blokir kartu dengan satu ketukan.',
      cta: 'Lihat penawaran di aplikasi',
      footer: 'Anda menerima email ini karena Anda bersedia menerima penawaran dari {bank}.',
      pushTitle: 'Penawaran untuk pemegang kartu baru',
      pushBody: 'Kartu berakhiran {card} sudah aktif. Lihat penawaran selamat datang di aplikasi.',
    },
    ar: {
      subject: 'بطاقتك مفعّلة: عروض لحاملي البطاقات الجدد',
      preheader: 'حمّل التطبيق لتراها وتدير بطاقتك.',
      heading: 'بطاقتك المنتهية بـ {card} جاهزة للاستخدام',
      p1: 'شكرًا لتفعيل بطاقتك. بصفتك حامل بطاقة جديدًا، تنتظرك عروض: استرداد نقدي لدى شركاء مختارين ودون رسوم على المدفوعات في الخارج لمدة ثلاثة أشهر.',
      p2: 'حمّل تطبيقنا لتطّلع على عروضك وتتابع إنفاقك وتجمّد بطاقتك أو تعيد تشغيلها بلمسة واحدة.',
      cta: 'عروضي في التطبيق',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي العروض من {bank}.',
      pushTitle: 'عروض لحاملي البطاقات الجدد',
      pushBody: 'بطاقتك المنتهية بـ {card} مفعّلة. اطّلع على عروض الترحيب في التطبيق.',
    },
    ro: {
      subject: 'Cardul este activ: oferte pentru noii posesori de card',
      preheader: 'Instalați aplicația ca să le vedeți și să vă gestionați cardul.',
      heading: 'Cardul care se termină în {card} poate fi folosit',
      p1: 'Vă mulțumim că ați activat cardul. Ca nou posesor de card, vă așteaptă oferte: cashback la parteneri selectați și fără comisioane la plățile în străinătate timp de trei luni.',
      p2: 'Instalați aplicația noastră ca să vedeți ofertele, să urmăriți cheltuielile și să blocați sau deblocați cardul dintr-o atingere.',
      cta: 'Vezi ofertele în aplicație',
      footer: 'Primiți acest e-mail pentru că ați acceptat să primiți oferte de la {bank}.',
      pushTitle: 'Oferte pentru noii posesori de card',
      pushBody: 'Cardul care se termină în {card} este activ. Vedeți ofertele de bun venit în aplicație.',
    },
    vi: {
      subject: 'Thẻ đã được kích hoạt: ưu đãi cho chủ thẻ mới',
      preheader: 'Tải ứng dụng để xem ưu đãi và quản lý thẻ.',
      heading: 'Thẻ có số đuôi {card} đã sẵn sàng sử dụng',
      p1: 'Cảm ơn Quý khách đã kích hoạt thẻ. Là chủ thẻ mới, Quý khách có nhiều ưu đãi: hoàn tiền tại các đối tác chọn lọc và miễn phí thanh toán ở nước ngoài trong ba tháng.',
      p2: 'Tải ứng dụng của chúng tôi để xem ưu đãi, theo dõi chi tiêu và khóa hoặc mở khóa thẻ chỉ với một chạm.',
      cta: 'Xem ưu đãi trên ứng dụng',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin ưu đãi từ {bank}.',
      pushTitle: 'Ưu đãi cho chủ thẻ mới',
      pushBody: 'Thẻ có số đuôi {card} đã được kích hoạt. Xem ưu đãi chào mừng trên ứng dụng.',
    },
    de: {
      subject: 'Ihre Karte ist aktiv: Angebote für neue Karteninhaber',
      preheader: 'Holen Sie sich die App, um sie zu sehen und Ihre Karte zu verwalten.',
      heading: 'Ihre Karte mit den Endziffern {card} ist einsatzbereit',
      p1: 'Danke, dass Sie Ihre Karte aktiviert haben. Als neuer Karteninhaber erwarten Sie Angebote: Cashback bei ausgewählten Partnern und drei Monate lang keine Gebühren für Zahlungen im Ausland.',
      p2: 'Mit unserer App sehen Sie Ihre Angebote, behalten Ihre Ausgaben im Blick und sperren oder entsperren Ihre Karte mit einem Tippen.',
      cta: 'Meine Angebote in der App',
      footer: 'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, Angebote von {bank} zu erhalten.',
      pushTitle: 'Angebote für neue Karteninhaber',
      pushBody:
        'Ihre Karte mit den Endziffern {card} ist aktiv. Ihre Willkommensangebote finden Sie in der App.',
    },
  },
});
