// The words of the consent pages (the one-click unsubscribe page and the preference page) in the six
// languages Herald writes (templates/define.ts). `{bank}` is the bank's name, `{last}` the last digits of a
// number; both are filled in, escaped, by page.ts.
import type { Language } from '../templates/identity.ts';

export interface ConsentPageCopy {
  preferencesTitle: string;
  preferencesIntro: string;
  channelEmail: string;
  channelSms: string;
  channelPush: string;
  channelWhatsapp: string;
  /** After a masked phone number's last digits. */
  endingIn: string;
  transactional: string;
  transactionalHint: string;
  marketing: string;
  marketingHint: string;
  securityTitle: string;
  securityWhy: string;
  save: string;
  saved: string;
  noChannels: string;
  unsubscribeTitle: string;
  unsubscribeText: string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedText: string;
  manage: string;
  expiredTitle: string;
  expiredText: string;
  invalidTitle: string;
  invalidText: string;
  usedTitle: string;
  usedText: string;
  formUsedTitle: string;
  formUsedText: string;
}

export const CONSENT_PAGE_COPY: Readonly<Record<Language, ConsentPageCopy>> = {
  en: {
    preferencesTitle: 'Your message preferences',
    preferencesIntro: 'Choose which messages {bank} may send you on each channel.',
    channelEmail: 'E-mail',
    channelSms: 'SMS',
    channelPush: 'App notifications',
    channelWhatsapp: 'WhatsApp',
    endingIn: 'number ending in {last}',
    transactional: 'Account messages',
    transactionalHint: 'Payments, statements, reminders and alerts you set up',
    marketing: 'Offers and news',
    marketingHint: 'Products, offers and surveys',
    securityTitle: 'Security alerts: always on',
    securityWhy:
      'We always tell you about suspected fraud and other risks to your money, on at least one channel. ' +
      'Our duty to protect your account requires it, so these alerts cannot be turned off.',
    save: 'Save preferences',
    saved: 'Your preferences are saved.',
    noChannels: 'We have no way to send you messages yet.',
    unsubscribeTitle: 'Unsubscribe from marketing e-mails?',
    unsubscribeText:
      'You will no longer get offers and news from {bank} by e-mail. Security alerts and account messages are not affected.',
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribedText: 'You will no longer get marketing e-mails from {bank}.',
    manage: 'Manage all your message preferences',
    expiredTitle: 'This link has expired',
    expiredText:
      'Please use the link in a more recent message from us, or change your preferences in the {bank} app.',
    invalidTitle: 'This link is not valid',
    invalidText:
      'Please use the link exactly as it is in our message, or change your preferences in the {bank} app.',
    usedTitle: 'This link has been used',
    usedText: 'We already have your request: you are unsubscribed from marketing e-mails.',
    formUsedTitle: 'This form was already sent',
    formUsedText: 'Please open your preferences again from the link in our message.',
  },
  id: {
    preferencesTitle: 'Preferensi pesan Anda',
    preferencesIntro: 'Pilih pesan yang boleh dikirim {bank} kepada Anda di setiap saluran.',
    channelEmail: 'Email',
    channelSms: 'SMS',
    channelPush: 'Notifikasi aplikasi',
    channelWhatsapp: 'WhatsApp',
    endingIn: 'nomor berakhiran {last}',
    transactional: 'Pesan rekening',
    transactionalHint: 'Pembayaran, laporan rekening, pengingat, dan peringatan yang Anda atur',
    marketing: 'Penawaran dan berita',
    marketingHint: 'Produk, penawaran, dan survei',
    securityTitle: 'Peringatan keamanan: selalu aktif',
    securityWhy:
      'Kami selalu memberi tahu Anda tentang dugaan penipuan dan risiko lain terhadap uang Anda, setidaknya melalui satu saluran. ' +
      'Kewajiban kami untuk melindungi rekening Anda mengharuskannya, sehingga peringatan ini tidak dapat dimatikan.',
    save: 'Simpan preferensi',
    saved: 'Preferensi Anda telah disimpan.',
    noChannels: 'Kami belum memiliki cara untuk mengirimi Anda pesan.',
    unsubscribeTitle: 'Berhenti berlangganan email promosi?',
    unsubscribeText:
      'Anda tidak akan lagi menerima penawaran dan berita dari {bank} melalui email. Peringatan keamanan dan pesan rekening tidak terpengaruh.',
    unsubscribeButton: 'Berhenti berlangganan',
    unsubscribedTitle: 'Anda telah berhenti berlangganan',
    unsubscribedText: 'Anda tidak akan lagi menerima email promosi dari {bank}.',
    manage: 'Atur semua preferensi pesan Anda',
    expiredTitle: 'Tautan ini sudah kedaluwarsa',
    expiredText:
      'Gunakan tautan di pesan kami yang lebih baru, atau ubah preferensi Anda di aplikasi {bank}.',
    invalidTitle: 'Tautan ini tidak valid',
    invalidText: 'Gunakan tautan persis seperti di pesan kami, atau ubah preferensi Anda di aplikasi {bank}.',
    usedTitle: 'Tautan ini sudah digunakan',
    usedText: 'Permintaan Anda sudah kami terima: Anda telah berhenti berlangganan email promosi.',
    formUsedTitle: 'Formulir ini sudah dikirim',
    formUsedText: 'Buka kembali preferensi Anda dari tautan di pesan kami.',
  },
  ar: {
    preferencesTitle: 'تفضيلات الرسائل',
    preferencesIntro: 'اختر الرسائل التي يمكن أن يرسلها إليك {bank} عبر كل قناة.',
    channelEmail: 'البريد الإلكتروني',
    channelSms: 'الرسائل النصية',
    channelPush: 'إشعارات التطبيق',
    channelWhatsapp: 'واتساب',
    endingIn: 'الرقم المنتهي بـ {last}',
    transactional: 'رسائل الحساب',
    transactionalHint: 'المدفوعات وكشوف الحساب والتذكيرات والتنبيهات التي أعددتها',
    marketing: 'العروض والأخبار',
    marketingHint: 'المنتجات والعروض والاستطلاعات',
    securityTitle: 'تنبيهات الأمان: مفعّلة دائمًا',
    securityWhy:
      'نبلغك دائمًا بأي اشتباه في احتيال أو خطر آخر على أموالك، عبر قناة واحدة على الأقل. ' +
      'يفرض علينا واجب حماية حسابك ذلك، لذا لا يمكن إيقاف هذه التنبيهات.',
    save: 'حفظ التفضيلات',
    saved: 'تم حفظ تفضيلاتك.',
    noChannels: 'لا توجد لدينا بعد وسيلة لإرسال الرسائل إليك.',
    unsubscribeTitle: 'إلغاء الاشتراك في الرسائل التسويقية عبر البريد الإلكتروني؟',
    unsubscribeText:
      'لن تصلك بعد الآن عروض وأخبار {bank} عبر البريد الإلكتروني. لا يؤثر ذلك في تنبيهات الأمان ورسائل الحساب.',
    unsubscribeButton: 'إلغاء الاشتراك',
    unsubscribedTitle: 'تم إلغاء اشتراكك',
    unsubscribedText: 'لن تصلك بعد الآن رسائل تسويقية من {bank} عبر البريد الإلكتروني.',
    manage: 'إدارة جميع تفضيلات الرسائل',
    expiredTitle: 'انتهت صلاحية هذا الرابط',
    expiredText: 'يُرجى استخدام الرابط في رسالة أحدث منا، أو تغيير تفضيلاتك في تطبيق {bank}.',
    invalidTitle: 'هذا الرابط غير صالح',
    invalidText: 'يُرجى استخدام الرابط كما هو في رسالتنا، أو تغيير تفضيلاتك في تطبيق {bank}.',
    usedTitle: 'تم استخدام هذا الرابط',
    usedText: 'وصلنا طلبك: تم إلغاء اشتراكك في الرسائل التسويقية عبر البريد الإلكتروني.',
    formUsedTitle: 'تم إرسال هذا النموذج من قبل',
    formUsedText: 'يُرجى فتح تفضيلاتك مرة أخرى من الرابط الموجود في رسالتنا.',
  },
  ro: {
    preferencesTitle: 'Preferințele dumneavoastră pentru mesaje',
    preferencesIntro: 'Alegeți ce mesaje vă poate trimite {bank} pe fiecare canal.',
    channelEmail: 'E-mail',
    channelSms: 'SMS',
    channelPush: 'Notificări în aplicație',
    channelWhatsapp: 'WhatsApp',
    endingIn: 'numărul care se termină în {last}',
    transactional: 'Mesaje despre cont',
    transactionalHint: 'Plăți, extrase, mementouri și alertele pe care le-ați setat',
    marketing: 'Oferte și noutăți',
    marketingHint: 'Produse, oferte și sondaje',
    securityTitle: 'Alerte de securitate: mereu active',
    securityWhy:
      'Vă anunțăm întotdeauna despre suspiciuni de fraudă și alte riscuri pentru banii dumneavoastră, pe cel puțin un canal. ' +
      'Obligația noastră de a vă proteja contul o cere, așa că aceste alerte nu pot fi dezactivate.',
    save: 'Salvați preferințele',
    saved: 'Preferințele dumneavoastră au fost salvate.',
    noChannels: 'Nu avem încă nicio modalitate de a vă trimite mesaje.',
    unsubscribeTitle: 'Vă dezabonați de la e-mailurile de marketing?',
    unsubscribeText:
      'Nu veți mai primi oferte și noutăți de la {bank} prin e-mail. Alertele de securitate și mesajele despre cont nu sunt afectate.',
    unsubscribeButton: 'Dezabonare',
    unsubscribedTitle: 'V-ați dezabonat',
    unsubscribedText: 'Nu veți mai primi e-mailuri de marketing de la {bank}.',
    manage: 'Gestionați toate preferințele pentru mesaje',
    expiredTitle: 'Acest link a expirat',
    expiredText:
      'Folosiți linkul dintr-un mesaj mai recent de la noi sau modificați preferințele în aplicația {bank}.',
    invalidTitle: 'Acest link nu este valid',
    invalidText:
      'Folosiți linkul exact așa cum apare în mesajul nostru sau modificați preferințele în aplicația {bank}.',
    usedTitle: 'Acest link a fost deja folosit',
    usedText: 'Am primit deja cererea dumneavoastră: v-ați dezabonat de la e-mailurile de marketing.',
    formUsedTitle: 'Acest formular a fost deja trimis',
    formUsedText: 'Deschideți din nou preferințele din linkul din mesajul nostru.',
  },
  vi: {
    preferencesTitle: 'Tùy chọn nhận tin nhắn của Quý khách',
    preferencesIntro: 'Chọn những tin nhắn {bank} được gửi cho Quý khách trên từng kênh.',
    channelEmail: 'Email',
    channelSms: 'SMS',
    channelPush: 'Thông báo ứng dụng',
    channelWhatsapp: 'WhatsApp',
    endingIn: 'số kết thúc bằng {last}',
    transactional: 'Tin nhắn tài khoản',
    transactionalHint: 'Thanh toán, sao kê, lời nhắc và cảnh báo Quý khách đã cài đặt',
    marketing: 'Ưu đãi và tin tức',
    marketingHint: 'Sản phẩm, ưu đãi và khảo sát',
    securityTitle: 'Cảnh báo bảo mật: luôn bật',
    securityWhy:
      'Chúng tôi luôn thông báo cho Quý khách về nghi ngờ gian lận và các rủi ro khác đối với tiền của Quý khách, qua ít nhất một kênh. ' +
      'Trách nhiệm bảo vệ tài khoản của Quý khách đòi hỏi điều đó, nên không thể tắt các cảnh báo này.',
    save: 'Lưu tùy chọn',
    saved: 'Đã lưu tùy chọn của Quý khách.',
    noChannels: 'Chúng tôi chưa có cách nào để gửi tin nhắn cho Quý khách.',
    unsubscribeTitle: 'Hủy đăng ký nhận email tiếp thị?',
    unsubscribeText:
      'Quý khách sẽ không còn nhận ưu đãi và tin tức từ {bank} qua email. Cảnh báo bảo mật và tin nhắn tài khoản không bị ảnh hưởng.',
    unsubscribeButton: 'Hủy đăng ký',
    unsubscribedTitle: 'Quý khách đã hủy đăng ký',
    unsubscribedText: 'Quý khách sẽ không còn nhận email tiếp thị từ {bank}.',
    manage: 'Quản lý tất cả tùy chọn nhận tin nhắn',
    expiredTitle: 'Liên kết này đã hết hạn',
    expiredText:
      'Vui lòng dùng liên kết trong tin nhắn mới hơn của chúng tôi, hoặc thay đổi tùy chọn trong ứng dụng {bank}.',
    invalidTitle: 'Liên kết này không hợp lệ',
    invalidText:
      'Vui lòng dùng đúng liên kết trong tin nhắn của chúng tôi, hoặc thay đổi tùy chọn trong ứng dụng {bank}.',
    usedTitle: 'Liên kết này đã được sử dụng',
    usedText: 'Chúng tôi đã nhận yêu cầu của Quý khách: Quý khách đã hủy đăng ký nhận email tiếp thị.',
    formUsedTitle: 'Biểu mẫu này đã được gửi',
    formUsedText: 'Vui lòng mở lại trang tùy chọn từ liên kết trong tin nhắn của chúng tôi.',
  },
  de: {
    preferencesTitle: 'Ihre Nachrichten-Einstellungen',
    preferencesIntro: 'Wählen Sie, welche Nachrichten {bank} Ihnen auf welchem Weg senden darf.',
    channelEmail: 'E-Mail',
    channelSms: 'SMS',
    channelPush: 'App-Benachrichtigungen',
    channelWhatsapp: 'WhatsApp',
    endingIn: 'Nummer endet auf {last}',
    transactional: 'Kontonachrichten',
    transactionalHint: 'Zahlungen, Kontoauszüge, Erinnerungen und Ihre eingerichteten Alarme',
    marketing: 'Angebote und Neuigkeiten',
    marketingHint: 'Produkte, Angebote und Umfragen',
    securityTitle: 'Sicherheitswarnungen: immer aktiv',
    securityWhy:
      'Wir informieren Sie immer über Betrugsverdacht und andere Risiken für Ihr Geld, auf mindestens einem Weg. ' +
      'Unsere Pflicht, Ihr Konto zu schützen, verlangt das; diese Warnungen lassen sich daher nicht abschalten.',
    save: 'Einstellungen speichern',
    saved: 'Ihre Einstellungen sind gespeichert.',
    noChannels: 'Wir können Ihnen noch keine Nachrichten senden.',
    unsubscribeTitle: 'Werbe-E-Mails abbestellen?',
    unsubscribeText:
      'Sie erhalten dann keine Angebote und Neuigkeiten von {bank} mehr per E-Mail. Sicherheitswarnungen und Kontonachrichten bleiben.',
    unsubscribeButton: 'Abbestellen',
    unsubscribedTitle: 'Sie haben abbestellt',
    unsubscribedText: 'Sie erhalten keine Werbe-E-Mails von {bank} mehr.',
    manage: 'Alle Nachrichten-Einstellungen verwalten',
    expiredTitle: 'Dieser Link ist abgelaufen',
    expiredText:
      'Bitte nutzen Sie den Link in einer neueren Nachricht von uns, oder ändern Sie Ihre Einstellungen in der {bank}-App.',
    invalidTitle: 'Dieser Link ist ungültig',
    invalidText:
      'Bitte nutzen Sie den Link genau so, wie er in unserer Nachricht steht, oder ändern Sie Ihre Einstellungen in der {bank}-App.',
    usedTitle: 'Dieser Link wurde bereits verwendet',
    usedText: 'Ihre Abbestellung liegt uns bereits vor: Sie erhalten keine Werbe-E-Mails mehr.',
    formUsedTitle: 'Dieses Formular wurde bereits gesendet',
    formUsedText: 'Bitte öffnen Sie Ihre Einstellungen erneut über den Link in unserer Nachricht.',
  },
};
