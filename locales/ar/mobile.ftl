### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = حدث خطأ داخل التطبيق. لم يضع شيء مما حفظته. يرجى المحاولة مرة أخرى.
ffi-network-facts-unavailable = لا يستطيع التطبيق فحص الشبكة الآن، لذلك لم يُرسل أي شيء.
