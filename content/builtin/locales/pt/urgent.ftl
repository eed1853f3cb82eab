### "I need help now" (flows/urgent.toml). Machine-assisted; needs review by a native speaker.

urgent-title = Preciso de ajuda agora
urgent-heard-you = O que você escreveu me preocupa. Sua segurança vem primeiro.
urgent-start = Você está em perigo agora?
urgent-danger-now = Sim, estou em perigo agora
urgent-not-right-now = Agora não
urgent-leave-app = Sair rápido deste aplicativo
urgent-emergency-first = Se puder, ligue agora para um número de emergência. Você não precisa explicar tudo: diga onde está e que precisa de ajuda.
urgent-no-country = Não sabemos em que país você está, então não podemos mostrar números locais. Em muitos países, dá para ligar para o 112 de qualquer celular.
urgent-cant-speak = Não posso falar com segurança
urgent-cant-speak-info = Se você não pode falar, alguns serviços aceitam mensagens de texto. Envie só se for seguro, e apague depois se alguém olha o seu telefone.
urgent-safety-steps = O que posso fazer agora?
urgent-steps-intro = Algumas coisas que podem ajudar agora:
urgent-tip-public-place = Se puder, vá para um lugar com outras pessoas por perto, como uma loja, um hospital ou uma rodoviária.
urgent-tip-trusted-person = Conte a alguém de confiança onde você está.
urgent-tip-hide-app = Se alguém chegar, você pode sair deste aplicativo na hora com o botão de saída.
urgent-show-numbers = Mostre os números de novo
urgent-done = Já tenho o que preciso
urgent-not-now = Fico feliz que você não esteja em perigo agora. Estes serviços podem ajudar quando você estiver pronto ou pronta. Muitos são gratuitos, e você não precisa dar seu nome.
urgent-be-ready = Me ajude a me preparar
urgent-steps-later = Aqui estão três passos para ajudar você a se preparar. Nós os adicionamos ao seu plano de segurança.
urgent-plan-number = Decore um número de emergência.
urgent-plan-documents = Se puder, guarde uma foto do seu passaporte ou documento de identidade em um lugar seguro, ou com alguém de confiança.
urgent-plan-code-word = Combine uma palavra-código com alguém de confiança, para pedir ajuda sem que outros saibam.
urgent-end = Você pode voltar aqui quando quiser. Esta conversa fica trancada neste telefone, e você pode apagá-la quando quiser.

## Crisis path (thoughts of suicide or self-harm).
urgent-crisis-heard = Obrigado por me contar. Parece que você está passando por algo muito doloroso agora.
urgent-crisis-not-alone = Você não está sozinha nem sozinho. Muitas pessoas já se sentiram assim, e conversar com alguém pode ajudar. Você merece apoio.
urgent-crisis-talk-now = Você pode falar com alguém agora mesmo. As pessoas desses serviços estão lá para ouvir. Você não precisa explicar tudo.
urgent-crisis-not-safe = Talvez eu não esteja em segurança agora
urgent-crisis-emergency = Se você sente que pode agir de acordo com esses pensamentos em breve, ligue agora para um número de emergência ou vá ao pronto-socorro de um hospital. Se puder, fique com outra pessoa até a ajuda chegar.
urgent-crisis-cant-call = Não consigo falar ao telefone
urgent-crisis-cant-call-info = Se falar está difícil demais, alguns serviços respondem mensagens de texto. Você também pode pedir a alguém de confiança que ligue com você, ou por você.
urgent-crisis-get-through = O que pode me ajudar agora?
urgent-crisis-steps-intro = Algumas coisas que podem ajudar agora:
urgent-crisis-tip-people = Se puder, fique com alguém, ou vá para um lugar onde haja outras pessoas.
urgent-crisis-tip-distance = Se puder, afaste-se de qualquer coisa que você poderia usar para se machucar.
urgent-crisis-tip-moment = Sentimentos tão fortes podem passar. Por agora, basta atravessar os próximos minutos.
urgent-crisis-plan-line = Guarde o número de uma linha de apoio emocional onde possa encontrá-lo rápido.
urgent-crisis-other-danger = Além disso, alguém me machuca ou me controla
urgent-crisis-show-numbers = Mostre com quem posso falar
urgent-crisis-done = Por agora tenho o que preciso
urgent-crisis-no-country = Não sabemos em que país você está, então não podemos mostrar uma linha de apoio local. Se sua vida está em perigo, ligue para um número de emergência: em muitos países, o 112 funciona de qualquer celular.
urgent-crisis-end = Fico feliz que você tenha escrito. Você pode voltar aqui a qualquer hora, de dia ou de noite. Se esses pensamentos voltarem, fale com alguém, por favor: você não precisa passar por isso sozinha ou sozinho.
