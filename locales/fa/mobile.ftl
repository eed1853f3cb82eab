### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = مشکلی در داخل برنامه پیش آمد. هیچ‌چیز از آنچه ذخیره کرده بودید از بین نرفت. لطفاً دوباره تلاش کنید.
ffi-network-facts-unavailable = برنامه اکنون نمی‌تواند شبکه را بررسی کند، بنابراین چیزی فرستاده نشد.
