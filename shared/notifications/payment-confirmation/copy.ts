// payment.confirmation: a payment the customer made has been completed.
// Arguments (render.ts): {amount}; {payee} and {shortPayee} (for
// SMS); {hasReference} `yes`/`no` with {reference}; {paymentId}; {when} date and time of completion.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    template: 'herald_payment_confirmation',
    category: 'UTILITY',
    example: ['£250.00', 'Thames Water', 'PAY-20260303-0042'],
    body: {
      en: 'Your payment of {{1}} to {{2}} has been completed (payment ID {{3}}). Thank you for banking with us.',
      id: 'Pembayaran Anda sebesar {{1}} ke {{2}} telah berhasil (ID pembayaran {{3}}). Terima kasih telah menggunakan layanan kami.',
      ar: 'اكتملت دفعتك بمبلغ {{1}} إلى {{2}} (رقم عملية الدفع {{3}}). شكرًا لتعاملك معنا.',
      ro: 'Plata de {{1}} către {{2}} a fost finalizată (ID plată {{3}}). Vă mulțumim că folosiți serviciile noastre.',
      vi: 'Khoản thanh toán {{1}} cho {{2}} đã hoàn tất (mã thanh toán {{3}}). Cảm ơn Quý khách đã sử dụng dịch vụ của chúng tôi.',
      de: 'Ihre Zahlung über {{1}} an {{2}} wurde ausgeführt (Zahlungs-ID {{3}}). Vielen Dank für Ihr Vertrauen.',
    },
  },
  messages: {
    en: {
      subject: 'Payment sent: {amount} to {payee}',
      preheader: 'Your payment to {payee} has been completed.',
      heading: 'Your payment has been sent',
      p1: 'Your payment of {amount} to {payee} was completed on {when}.',
      p2: '{hasReference, select, yes {Reference: {reference}} other {}}',
      p3: 'Payment ID: {paymentId}. Please quote it if you contact us about this payment.',
      cta: 'Manage your payments',
      footer:
        "We're sending this e-mail to confirm a payment from your account with {bank}. If you did not make this payment, please contact us straight away.",
      sms: '{bank}: your payment of {amount} to {shortPayee} has been completed.',
      pushTitle: 'Payment sent: {amount}',
      pushBody: 'Your payment to {payee} has been completed.',
      wa1: '{amount}',
      wa2: '{payee}',
      wa3: '{paymentId}',
    },
    id: {
      subject: 'Pembayaran berhasil: {amount} ke {payee}',
      preheader: 'Pembayaran Anda ke {payee} telah berhasil.',
      heading: 'Pembayaran Anda berhasil',
      p1: 'Pembayaran Anda sebesar {amount} ke {payee} telah berhasil pada {when}.',
      p2: '{hasReference, select, yes {Referensi: {reference}} other {}}',
      p3: 'ID pembayaran: {paymentId}. Sebutkan ID ini jika Anda menghubungi kami terkait pembayaran ini.',
      cta: 'Kelola pembayaran',
      footer:
        'Anda menerima email ini sebagai konfirmasi pembayaran dari rekening Anda di {bank}. Jika Anda tidak melakukan pembayaran ini, segera hubungi kami.',
      sms: '{bank}: pembayaran Anda sebesar {amount} ke {shortPayee} telah berhasil.',
      pushTitle: 'Pembayaran berhasil: {amount}',
      pushBody: 'Pembayaran Anda ke {payee} telah berhasil.',
    },
    ar: {
      subject: 'تم الدفع: {amount} إلى {payee}',
      preheader: 'اكتملت دفعتك إلى {payee}.',
      heading: 'اكتملت دفعتك',
      p1: 'اكتملت دفعتك بمبلغ {amount} إلى {payee} بتاريخ {when}.',
      p2: '{hasReference, select, yes {المرجع: {reference}} other {}}',
      p3: 'رقم عملية الدفع: {paymentId}. يرجى ذكره إذا تواصلت معنا بشأن هذه الدفعة.',
      cta: 'إدارة مدفوعاتك',
      footer:
        'تصلك هذه الرسالة لتأكيد عملية دفع من حسابك لدى {bank}. إن لم تكن أنت من أجرى هذه الدفعة، يرجى التواصل معنا فورًا.',
      sms: '{bank}: اكتملت دفعتك بمبلغ {amount} إلى {shortPayee}.',
      pushTitle: 'تم الدفع: {amount}',
      pushBody: 'اكتملت دفعتك إلى {payee}.',
    },
    ro: {
      subject: 'Plată efectuată: {amount} către {payee}',
      preheader: 'Plata către {payee} a fost finalizată.',
      heading: 'Plata dumneavoastră a fost efectuată',
      p1: 'Plata de {amount} către {payee} a fost finalizată pe {when}.',
      p2: '{hasReference, select, yes {Referință: {reference}} other {}}',
      p3: 'ID plată: {paymentId}. Vă rugăm să îl menționați dacă ne contactați în legătură cu această plată.',
      cta: 'Gestionați plățile',
      footer:
        'Primiți acest e-mail pentru a confirma o plată din contul dumneavoastră la {bank}. Dacă nu ați efectuat această plată, contactați-ne imediat.',
      sms: '{bank}: plata de {amount} către {shortPayee} a fost efectuată.',
      pushTitle: 'Plată efectuată: {amount}',
      pushBody: 'Plata către {payee} a fost finalizată.',
    },
    vi: {
      subject: 'Thanh toán thành công: {amount} cho {payee}',
      preheader: 'Khoản thanh toán cho {payee} đã hoàn tất.',
      heading: 'Thanh toán của Quý khách đã thành công',
      p1: 'Khoản thanh toán {amount} cho {payee} đã hoàn tất vào {when}.',
      p2: '{hasReference, select, yes {Nội dung: {reference}} other {}}',
      p3: 'Mã thanh toán: {paymentId}. Vui lòng cung cấp mã này nếu Quý khách liên hệ với chúng tôi về khoản thanh toán này.',
      cta: 'Quản lý thanh toán',
      footer:
        'Quý khách nhận được email này để xác nhận một khoản thanh toán từ tài khoản của Quý khách tại {bank}. Nếu Quý khách không thực hiện khoản thanh toán này, vui lòng liên hệ ngay với chúng tôi.',
      sms: '{bank}: khoản thanh toán {amount} cho {shortPayee} đã thành công.',
      pushTitle: 'Thanh toán thành công: {amount}',
      pushBody: 'Khoản thanh toán cho {payee} đã hoàn tất.',
    },
    de: {
      subject: 'Zahlung ausgeführt: {amount} an {payee}',
      preheader: 'Ihre Zahlung an {payee} wurde ausgeführt.',
      heading: 'Ihre Zahlung wurde ausgeführt',
      p1: 'Ihre Zahlung über {amount} an {payee} wurde am {when} ausgeführt.',
      p2: '{hasReference, select, yes {Verwendungszweck: {reference}} other {}}',
      p3: 'Zahlungs-ID: {paymentId}. Bitte geben Sie sie an, wenn Sie uns zu dieser Zahlung kontaktieren.',
      cta: 'Zahlungen verwalten',
      footer:
        'Sie erhalten diese E-Mail als Bestätigung einer Zahlung von Ihrem Konto bei {bank}. Wenn Sie diese Zahlung nicht veranlasst haben, kontaktieren Sie uns bitte sofort.',
      sms: '{bank}: Ihre Zahlung über {amount} an {shortPayee} wurde ausgeführt.',
      pushTitle: 'Zahlung ausgeführt: {amount}',
      pushBody: 'Ihre Zahlung an {payee} wurde ausgeführt.',
    },
  },
});
