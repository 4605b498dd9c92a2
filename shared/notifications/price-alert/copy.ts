// price.alert: a market price crossed the level of one or more price alerts the customer set. Each alert is
// sent once and then switched off.
// Arguments (render.ts): {symbol}; {price} the price that crossed the alerts;
// {direction} `above` (the price rose) or `below` (it fell); {target} the customer's alert level (several
// levels crossed at once are listed, in the order crossed) with {several} `yes`/`no`; {when} date and time.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Price alert: {symbol} {direction, select, above {rose to} other {fell to}} {price}',
      preheader: '{symbol} reached the {several, select, yes {levels} other {level}} you set: {target}.',
      heading: '{symbol} {direction, select, above {rose to} other {fell to}} {price}',
      p1: '{symbol} was at {price} on {when}, {direction, select, above {at or above} other {at or below}} your alert {several, select, yes {levels} other {level}} of {target}.',
      p2: 'Each price alert is sent once and then switched off. You can set a new one in the app at any time.',
      p3: 'Prices move quickly, so the price now may differ. This message is for information only and is not investment advice.',
      cta: 'Open the app',
      footer: "You're receiving this e-mail because you set a price alert for {symbol} with {bank}.",
      sms: '{bank}: {symbol} {direction, select, above {rose to} other {fell to}} {price}, reaching your {several, select, yes {alerts} other {alert}} at {target}. {several, select, yes {The alerts are} other {The alert is}} now off.',
      pushTitle: '{symbol} {direction, select, above {rose to} other {fell to}} {price}',
      pushBody:
        'Your price {several, select, yes {alerts at {target} were} other {alert at {target} was}} reached. Open the app for details.',
    },
    id: {
      subject: 'Peringatan harga: {symbol} {direction, select, above {naik ke} other {turun ke}} {price}',
      preheader: '{symbol} mencapai level yang Anda tetapkan: {target}.',
      heading: '{symbol} {direction, select, above {naik ke} other {turun ke}} {price}',
      p1: 'Harga {symbol} berada di {price} pada {when}, {direction, select, above {sama dengan atau di atas} other {sama dengan atau di bawah}} level peringatan Anda: {target}.',
      p2: 'Setiap peringatan harga dikirim satu kali, lalu dinonaktifkan. Anda dapat membuat peringatan baru kapan saja di aplikasi.',
      p3: 'Harga bergerak cepat, jadi harga saat ini mungkin berbeda. Pesan ini hanya untuk informasi dan bukan saran investasi.',
      cta: 'Buka aplikasi',
      footer: 'Anda menerima email ini karena Anda membuat peringatan harga untuk {symbol} di {bank}.',
      sms: '{bank}: {symbol} {direction, select, above {naik ke} other {turun ke}} {price}, mencapai peringatan Anda di {target}. Peringatan kini nonaktif.',
      pushTitle: '{symbol} {direction, select, above {naik ke} other {turun ke}} {price}',
      pushBody: 'Peringatan harga Anda di {target} telah tercapai. Buka aplikasi untuk detailnya.',
    },
    ar: {
      subject: 'تنبيه سعر: {symbol} {direction, select, above {ارتفع إلى} other {انخفض إلى}} {price}',
      preheader:
        'بلغ {symbol} {several, select, yes {المستويات التي حددتها} other {المستوى الذي حددته}}: {target}.',
      heading: '{symbol} {direction, select, above {ارتفع إلى} other {انخفض إلى}} {price}',
      p1: 'بلغ سعر {symbol} {price} بتاريخ {when}، {direction, select, above {عند أو فوق} other {عند أو دون}} {several, select, yes {مستويات التنبيه التي حددتها} other {مستوى التنبيه الذي حددته}}: {target}.',
      p2: 'يُرسل كل تنبيه سعر مرة واحدة ثم يتوقف. يمكنك إنشاء تنبيه جديد من التطبيق في أي وقت.',
      p3: 'تتغير الأسعار بسرعة، وقد يختلف السعر الآن. هذه الرسالة للعلم فقط وليست نصيحة استثمارية.',
      cta: 'افتح التطبيق',
      footer: 'تصلك هذه الرسالة لأنك أنشأت تنبيه سعر لـ {symbol} لدى {bank}.',
      sms: '{bank}: {direction, select, above {ارتفع} other {انخفض}} {symbol} إلى {price} وبلغ تنبيهك عند {target}. تم إيقاف التنبيه.',
      pushTitle: '{symbol} {direction, select, above {ارتفع إلى} other {انخفض إلى}} {price}',
      pushBody: 'بلغ السعر تنبيهك عند {target}. افتح التطبيق لمعرفة التفاصيل.',
    },
    ro: {
      subject: 'Alertă de preț: {symbol} {direction, select, above {a urcat la} other {a scăzut la}} {price}',
      preheader:
        '{symbol} a atins {several, select, yes {nivelurile setate} other {nivelul setat}} de dumneavoastră: {target}.',
      heading: '{symbol} {direction, select, above {a urcat la} other {a scăzut la}} {price}',
      p1: 'Pe {when}, {symbol} a ajuns la {price}, {direction, select, above {la sau peste} other {la sau sub}} {several, select, yes {nivelurile alertelor} other {nivelul alertei}} dumneavoastră: {target}.',
      p2: 'Fiecare alertă de preț se trimite o singură dată, apoi se dezactivează. Puteți seta oricând o alertă nouă din aplicație.',
      p3: 'Prețurile se schimbă rapid, așa că prețul actual poate fi diferit. Acest mesaj are caracter informativ și nu este o recomandare de investiții.',
      cta: 'Deschideți aplicația',
      footer: 'Primiți acest e-mail pentru că ați setat o alertă de preț pentru {symbol} la {bank}.',
      sms: '{bank}: {symbol} {direction, select, above {a urcat la} other {a scăzut la}} {price}, atingând {several, select, yes {alertele dvs. la {target}. Alertele au fost dezactivate.} other {alerta dvs. la {target}. Alerta a fost dezactivată.}}',
      pushTitle: '{symbol} {direction, select, above {a urcat la} other {a scăzut la}} {price}',
      pushBody:
        '{several, select, yes {Alertele de preț la {target} au fost atinse.} other {Alerta de preț la {target} a fost atinsă.}} Deschideți aplicația pentru detalii.',
    },
    vi: {
      subject: 'Cảnh báo giá: {symbol} {direction, select, above {tăng lên} other {giảm xuống}} {price}',
      preheader: '{symbol} đã chạm mức Quý khách đặt: {target}.',
      heading: '{symbol} {direction, select, above {tăng lên} other {giảm xuống}} {price}',
      p1: 'Vào {when}, giá {symbol} đạt {price}, {direction, select, above {bằng hoặc cao hơn} other {bằng hoặc thấp hơn}} mức cảnh báo của Quý khách: {target}.',
      p2: 'Mỗi cảnh báo giá chỉ được gửi một lần rồi tự tắt. Quý khách có thể đặt cảnh báo mới trong ứng dụng bất cứ lúc nào.',
      p3: 'Giá biến động nhanh nên giá hiện tại có thể đã khác. Tin nhắn này chỉ nhằm cung cấp thông tin, không phải lời khuyên đầu tư.',
      cta: 'Mở ứng dụng',
      footer: 'Quý khách nhận được email này vì đã đặt cảnh báo giá cho {symbol} tại {bank}.',
      sms: '{bank}: {symbol} {direction, select, above {tăng lên} other {giảm xuống}} {price}, chạm cảnh báo của Quý khách tại {target}. Cảnh báo đã tắt.',
      pushTitle: '{symbol} {direction, select, above {tăng lên} other {giảm xuống}} {price}',
      pushBody: 'Cảnh báo giá tại {target} của Quý khách đã được kích hoạt. Mở ứng dụng để xem chi tiết.',
    },
    de: {
      subject:
        'Kursalarm: {symbol} {direction, select, above {ist auf {price} gestiegen} other {ist auf {price} gefallen}}',
      preheader:
        '{symbol} hat {several, select, yes {die von Ihnen gesetzten Marken} other {die von Ihnen gesetzte Marke}} erreicht: {target}.',
      heading:
        '{symbol} {direction, select, above {ist auf {price} gestiegen} other {ist auf {price} gefallen}}',
      p1: 'Am {when} lag {symbol} bei {price} und damit {direction, select, above {auf oder über} other {auf oder unter}} {several, select, yes {Ihren Alarm-Marken} other {Ihrer Alarm-Marke}}: {target}.',
      p2: 'Jeder Kursalarm wird einmal gesendet und danach abgeschaltet. In der App können Sie jederzeit einen neuen einrichten.',
      p3: 'Kurse ändern sich schnell, der aktuelle Kurs kann daher abweichen. Diese Nachricht dient nur der Information und ist keine Anlageberatung.',
      cta: 'App öffnen',
      footer:
        'Sie erhalten diese E-Mail, weil Sie bei {bank} einen Kursalarm für {symbol} eingerichtet haben.',
      sms: '{bank}: {symbol} {direction, select, above {ist auf {price} gestiegen} other {ist auf {price} gefallen}} und hat {several, select, yes {Ihre Alarme bei {target} erreicht. Die Alarme sind nun aus.} other {Ihren Alarm bei {target} erreicht. Der Alarm ist nun aus.}}',
      pushTitle: '{symbol} {direction, select, above {auf {price} gestiegen} other {auf {price} gefallen}}',
      pushBody:
        '{several, select, yes {Ihre Kursalarme bei {target} wurden erreicht.} other {Ihr Kursalarm bei {target} wurde erreicht.}} Details finden Sie in der App.',
    },
  },
});
