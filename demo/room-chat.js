// Scripted chat for the demo room: our own lines, a mix of everyday chat and the risks LiveGuard
// looks for (one per tier at least). Adds a row every ~0.7 s, like a busy room; loops.
(function () {
  var SCRIPT = [
    ['小*****', '主播晚上好'],
    ['豆*****', '这个精华适合油皮吗'],
    ['系统', '欢迎来到直播间！直播间内严禁私下交易，请大家注意财产安全，理性消费，谨防网络诈骗。'],
    ['阿*****', '支持微信支付吗'],
    ['甜*****', '已下单，期待'],
    ['客*****', '想要便宜的加我薇❤信 lg2026vip 私聊，比直播间便宜一半'],
    ['木*****', '昨天买的已经到了，包装很好'],
    ['花*****', '全网最低价，国家级配方'],
    ['橙*****', '主播能讲讲成分吗'],
    ['代*****', '电子烟烟弹批发，需要的私我'],
    ['星*****', '这个颜色好看'],
    ['学*****', '学生党没钱？分期贷款秒到账，无需征信'],
    ['刷*****', '好用好用好用'],
    ['刷*****', '好用好用好用'],
    ['刷*****', '好用好用好用'],
    ['猫*****', '下播就恢复原价了吗'],
    ['A*****', '1:1复刻大牌，原单尾货'],
    ['晴*****', '哈哈哈主播好可爱'],
  ];
  var list = document.querySelector('.webcast-chatroom___items > div');
  var scroller = document.querySelector('.webcast-chatroom___list');
  var audience = document.getElementById('audience');
  var seq = 0, viewers = 1286;
  function row(nick, text) {
    var item = document.createElement('div');
    item.className = 'webcast-chatroom___item webcast-chatroom___enter-done';
    item.setAttribute('data-id', String(7390948000000000000n + BigInt(++seq)));
    var box = document.createElement('div');
    box.className = 'TNg5meqw';
    if (nick === '系统') {
      var notice = document.createElement('div');
      notice.className = 'webcast-chatroom__room-message';
      notice.textContent = text;
      box.appendChild(notice);
    } else {
      var name = document.createElement('span');
      name.className = 'u2QdU6ht';
      name.textContent = nick + '：';
      var content = document.createElement('span');
      content.className = 'WsJsvMP9';
      var t = document.createElement('span');
      t.className = 'webcast-chatroom___content-with-emoji-text';
      t.textContent = text;
      content.appendChild(t);
      box.appendChild(name);
      box.appendChild(content);
    }
    item.appendChild(box);
    list.appendChild(item);
    while (list.children.length > 200) list.removeChild(list.firstChild); // Douyin keeps a short list too
    scroller.scrollTop = scroller.scrollHeight;
  }
  var i = 0;
  var speed = Number(new URLSearchParams(location.search).get('interval') || 700);
  setInterval(function () {
    var line = SCRIPT[i++ % SCRIPT.length];
    row(line[0], line[1]);
    viewers += Math.round(Math.random() * 6 - 2);
    audience.textContent = viewers.toLocaleString('en-US');
  }, speed);
})();
