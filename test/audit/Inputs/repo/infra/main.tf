resource "aws_lb_listener" "internal" {
  # ZFN-3 carve-out: internal ALB in vpc-core, security group allows 10.0.0.0/8 only; health checks carry no data
  protocol = "HTTP"
  port     = 8080
}

// a comment that mentions nothing
