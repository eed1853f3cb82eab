### Waymark: messages of the mobile bindings. Machine-assisted; needs review by a native speaker.

ffi-error-internal = ऐप के अंदर कुछ गड़बड़ हो गई। आपका सहेजा हुआ कुछ भी नहीं खोया। कृपया फिर से कोशिश करें।
ffi-network-facts-unavailable = ऐप अभी नेटवर्क की जाँच नहीं कर पा रहा है, इसलिए कुछ भी नहीं भेजा गया।
