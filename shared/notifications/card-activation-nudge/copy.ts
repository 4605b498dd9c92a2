// card_activation.nudge (marketing): the card was activated but not used within the spend window (30 days
// by default). Sent only with marketing consent; never once the card has been used. Every SMS says how to
// opt out (STOP).
// Arguments (render.ts): {card} the card's last four digits; {days} the
// spend window in days.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Ready for your first payment with your card ending {card}?',
      preheader: 'Pay in shops, online or with your phone.',
      heading: 'Your card is ready when you are',
      p1: "You activated your card ending {card} {days} days ago, but you haven't used it yet.",
      p2: 'Add it to your phone wallet to pay with a tap, or use it online: every payment shows up in the app at once.',
      cta: 'Add my card to my wallet',
      footer: "You're receiving this e-mail because you agreed to hear about offers from {bank}.",
      sms: '{bank}: your card ending {card} is ready to use. Add it to your phone wallet in the app and pay with a tap. Reply STOP to opt out.',
      pushTitle: 'Ready for your first payment?',
      pushBody: 'Add your card ending {card} to your phone wallet and pay with a tap.',
    },
    id: {
      subject: 'Siap melakukan transaksi pertama dengan kartu berakhiran {card}?',
      preheader: 'Bayar di toko, online, atau dengan ponsel Anda.',
      heading: 'Kartu Anda siap kapan pun Anda siap',
      p1: 'Anda telah mengaktifkan kartu berakhiran {card} {days} hari yang lalu, tetapi belum menggunakannya.',
      p2: 'Tambahkan ke dompet digital di ponsel untuk membayar dengan sekali sentuh, atau gunakan untuk belanja online: setiap transaksi langsung tampil di aplikasi.',
      cta: 'Tambahkan kartu ke dompet digital',
      footer: 'Anda menerima email ini karena Anda bersedia menerima penawaran dari {bank}.',
      sms: '{bank}: kartu berakhiran {card} siap digunakan. Tambahkan ke dompet digital di aplikasi dan bayar sekali sentuh. Balas STOP untuk berhenti.',
      pushTitle: 'Siap untuk transaksi pertama?',
      pushBody: 'Tambahkan kartu berakhiran {card} ke dompet digital dan bayar dengan sekali sentuh.',
    },
    ar: {
      subject: 'هل أنت مستعد لأول دفعة ببطاقتك المنتهية بـ {card}؟',
      preheader: 'ادفع في المتاجر أو عبر الإنترنت أو بهاتفك.',
      heading: 'بطاقتك جاهزة متى أردت',
      p1: 'فعّلت بطاقتك المنتهية بـ {card} قبل {days} يومًا، لكنك لم تستخدمها بعد.',
      p2: 'أضفها إلى محفظة هاتفك للدفع بلمسة، أو استخدمها عبر الإنترنت: تظهر كل دفعة في التطبيق فورًا.',
      cta: 'إضافة بطاقتي إلى المحفظة',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي العروض من {bank}.',
      sms: '{bank}: بطاقتك المنتهية بـ {card} جاهزة. أضفها إلى محفظة هاتفك من التطبيق وادفع بلمسة. لإلغاء الاشتراك: STOP',
      pushTitle: 'هل أنت مستعد لأول دفعة؟',
      pushBody: 'أضف بطاقتك المنتهية بـ {card} إلى محفظة هاتفك وادفع بلمسة.',
    },
    ro: {
      subject: 'Sunteți gata pentru prima plată cu cardul care se termină în {card}?',
      preheader: 'Plătiți în magazine, online sau cu telefonul.',
      heading: 'Cardul este gata când sunteți și dumneavoastră',
      p1: 'Ați activat cardul care se termină în {card} acum {days} de zile, dar nu l-ați folosit încă.',
      p2: 'Adăugați-l în portofelul din telefon ca să plătiți cu o atingere sau folosiți-l online: fiecare plată apare imediat în aplicație.',
      cta: 'Adaug cardul în portofel',
      footer: 'Primiți acest e-mail pentru că ați acceptat să primiți oferte de la {bank}.',
      sms: '{bank}: cardul terminat în {card} e gata. Adăugați-l în portofelul din telefon și plătiți cu o atingere. STOP pentru dezabonare.',
      pushTitle: 'Sunteți gata pentru prima plată?',
      pushBody:
        'Adăugați cardul care se termină în {card} în portofelul din telefon și plătiți cu o atingere.',
    },
    vi: {
      subject: 'Sẵn sàng thanh toán lần đầu với thẻ có số đuôi {card}?',
      preheader: 'Thanh toán tại cửa hàng, trực tuyến hoặc bằng điện thoại.',
      heading: 'Thẻ đã sẵn sàng khi Quý khách cần',
      p1: 'Quý khách đã kích hoạt thẻ có số đuôi {card} cách đây {days} ngày nhưng chưa sử dụng.',
      p2: 'Thêm thẻ vào ví điện tử trên điện thoại để thanh toán chỉ với một chạm, hoặc dùng để mua sắm trực tuyến: mọi giao dịch hiển thị ngay trên ứng dụng.',
      cta: 'Thêm thẻ vào ví',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin ưu đãi từ {bank}.',
      sms: '{bank}: thẻ có số đuôi {card} đã sẵn sàng. Thêm thẻ vào ví điện tử trên ứng dụng và thanh toán một chạm. Soạn STOP để từ chối.',
      pushTitle: 'Sẵn sàng thanh toán lần đầu?',
      pushBody: 'Thêm thẻ có số đuôi {card} vào ví điện tử và thanh toán chỉ với một chạm.',
    },
    de: {
      subject: 'Bereit für die erste Zahlung mit Ihrer Karte mit den Endziffern {card}?',
      preheader: 'Bezahlen Sie im Geschäft, online oder mit dem Smartphone.',
      heading: 'Ihre Karte ist bereit, wenn Sie es sind',
      p1: 'Sie haben Ihre Karte mit den Endziffern {card} vor {days} Tagen aktiviert, aber noch nicht genutzt.',
      p2: 'Legen Sie sie in die Wallet Ihres Smartphones und bezahlen Sie mit einem Tippen, oder nutzen Sie sie online: Jede Zahlung sehen Sie sofort in der App.',
      cta: 'Karte zur Wallet hinzufügen',
      footer: 'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, Angebote von {bank} zu erhalten.',
      sms: '{bank}: Ihre Karte mit Endziffern {card} ist bereit. Legen Sie sie in der App in Ihre Wallet und zahlen Sie per Tippen. Abmelden: STOP',
      pushTitle: 'Bereit für Ihre erste Zahlung?',
      pushBody:
        'Legen Sie Ihre Karte mit den Endziffern {card} in die Wallet und bezahlen Sie mit einem Tippen.',
    },
  },
});
